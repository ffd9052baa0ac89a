package people

// Given names, folded (lower case, no accents). A capitalized run that opens
// with one of these and has at least two words is a person's name without
// further evidence; the gender lets "she said" find its speaker. Names that
// are also common capitalized words in news ("May", "Will", "Hope") are left
// out: a title, an honorific or a later surname mention still finds them.
const givenMale = `aaron abdel abdul abdullah abel abraham adam adel adnan adrian adriano agustin ahmad ahmed
	aidan akira al alain alan alastair albert alberto alec alejandro aleksandr aleksei alessandro alex
	alexander alexandre alexei alexis alfonso alfred alfredo ali alistair allan alonso alvaro amir amit
	anand anders andre andreas andrei andres andrew andrey andrzej angel angelo anthony antoine anton
	antonio antony anwar arash archie ariel armando arnaud arnold arthur arturo ashraf ashok augusto
	austin axel ayman aziz bae barack barry bashar basil ben benjamin benedict benoit bernard bernardo
	bernie bill billy bjorn blake bob bobby boris brad bradley brandon brendan brett brian bruce bruno
	bryan byron caleb calvin cameron camilo carl carles carlo carlos cesar charles charlie chris
	christian christoph christophe christopher chuck claude claudio clement clinton cody colin connor
	conor craig cristian cristiano cyril dale damian dan daniel danilo dante darius darren dave david
	dean declan dennis derek diego dimitri dmitry dmitri dominic dominique don donald doug douglas duncan
	dwight eamon ebrahim ed eddie edgar edmund eduardo edward edwin elias elijah elon emanuel emil emilio
	emmanuel enrique eric erik ernesto ernst esteban ethan eugene evan evgeny fabian fabio faisal farid
	federico felipe felix fernando filipe florian francesco francis francisco franco francois frank
	frankie franz fred frederick fredrik gabriel gareth garry gary gavin geoffrey george georges gerald
	gerard gerardo gerhard gilbert gilberto gino giorgio giovanni giuseppe glenn gonzalo gordon graham
	greg gregory guido guillermo gustavo guy hamid hans harald harold harry hassan hector heinrich helmut
	henri henrik henry herbert hernan hugo humberto hussein ian ibrahim ignacio igor ilya imran isaac
	ismael ivan jack jacob jacques jaime jake james jamie jan jared jason javier jay jean jeff jeffrey
	jens jeremy jerome jesse jesus jim jimmy joachim joao joaquin joe joel johan johann johannes john
	johnny jon jonathan jordi jorge jose josef joseph josh joshua juan julian julio justin kamal karim
	karl keir keith kelvin ken kenneth kevin khaled khalid kim kirk klaus konrad kurt kyle lars larry
	laurent lee leon leonardo leonid lionel lorenzo louis luc luca lucas luis luiz luke magnus mahmoud
	malcolm manuel marc marcel marco marcelo marcos mario mark marko martin marty mateo mathieu matteo
	matthew matthias mauricio maurice max maxim maximilian mehmet michael michel miguel mikhail mike
	milan miles mitch mitchell mohamed mohammad mohammed moises morgan muhammad mustafa nabil naftali
	narendra nasser nathan neil nelson nicholas nick nicola nicolas niels nigel nikita nikolai nikolay
	noah norbert norman olaf oleg oliver omar orlando oscar osvaldo otto owen pablo paolo pascal pat
	patrick paul paulo pavel pedro peter petr phil philip philippe pierre pieter rafael rahul rajesh
	ralph ramiro ramon randy raphael raul ray raymond recep reinhard rene ricardo richard rick rishi
	rob robert roberto robin rodrigo roger roland rolando roman ron ronald ross roy ruben rudolf rudy
	rupert russell ryan salman salvador sam samir samuel sandro santiago saul scott sean sebastian
	serge sergei sergey sergio shane shaun shawn sheldon simon stan stanley stefan stephen steve steven
	stuart sven tariq ted terry theo theodore thierry thomas tim timothy tobias todd tom tomas tommy tony
	travis tyler ulrich umar valentin valery vasily viktor victor vincent vincenzo vitaly vladimir
	volodymyr walter warren wayne werner wesley william willie wolfgang xavier yair yasser yevgeny
	yitzhak youssef yuri yusuf zachary zbigniew zoltan alvin antonin cuauhtemoc eliseo
	porfirio rosendo ulises vicente benito lazaro genaro ovidio rogelio nayib
	jair lula`

const givenFemale = `abigail ada adele adriana agnes aida aisha alejandra alessandra alexandra alexandria
	alice alicia alina alison alma amal amanda amber amelia amina amy ana anabel anastasia andrea
	angela angelica angelina anita ann anna anne annette antonia araceli ariana arlene ashley astrid
	audrey aurora ayesha barbara beatrice beatriz belinda benazir bernadette beth betty beverly bianca
	blanca bonnie brenda bridget brigitte brittany camila camille carla carmen carol carolina caroline
	carolyn cassandra catalina catherine cecilia celia charlotte chelsea cheryl chloe christina
	christine cindy claire clara claudia claudine colette concepcion consuelo cristina cynthia daisy
	dana daniela danielle daphne deborah debra delia denise diana diane dilma dolores dominika donna
	dora doris dorothy edith elena eleanor elisa elisabeth elise eliza elizabeth ella ellen eloise elsa
	elvira emilia emily emma erica erika esperanza estela esther eugenia eva evelyn fatima fernanda
	fiona florence frances francesca francine gabriela gabrielle gail galina gemma genevieve georgina
	geraldine gina giorgia giovanna gisela gladys gloria grace graciela greta guadalupe gwen hanna hannah
	harriet heather heidi helen helena helga hilary hillary ida ilana ines ingrid irene iris irina isabel
	isabella isabelle ivana jacinda jacqueline jane janet janice jasmine jean jeanne jennifer jenny
	jessica jill joan joanna jocelyn josefina josephine joyce juana judith judy julia juliana julie
	juliet justine karen karin karina kate katherine kathleen kathryn kathy katie katrin kelly kimberly
	kirsten kristen kristin kristina lara laura lauren leah leila lena leticia lidia liliana lillian
	lily linda lisa liz liza lois lorena lorraine louise lucia luciana lucy luisa lydia lynn magdalena
	maggie maia malala marcela margaret margarita margot maria mariana marianne marie marina
	marisol marlene martha marta martina mary maryam matilda maureen maxine megan melania melanie
	melissa mercedes mia michaela michele michelle mila mildred miranda miriam molly monica monique
	nadia nancy naomi natalia natalie natasha nathalie nicola nicole nikki nina noemi
	nora norma olga olivia paola patricia paula paulina pauline penelope petra phyllis pilar priscilla
	rachel raquel rebecca regina renata rita roberta rocio rosa rosalind rosario rose rosemary roxana
	ruth sabine sabrina sally samantha sandra sara sarah sasha selena serena sharon sheila shirley
	silvia simone sofia sonia sophia sophie stephanie susan susana suzanne svetlana sylvia tamara tania
	tanya teresa theresa tina tracy ursula valentina valeria valerie vanessa vera veronica victoria
	viktoria violeta virginia vivian wendy ximena yolanda yvonne zoe zara claudia kamala nikki ursula
	kristalina roberta ruth yulia tatiana ekaterina olena oksana liudmila ludmila gretchen elise
	kristi tulsi tammy marjorie lauren nancy maxine alexandria jeanine dina xiomara rosario`

// nameStarts are family names written before the given name ("Xi Jinping",
// "Kim Jong Un", "Nguyen Phu Trong"), so that a two-word run opening with one
// of them is read as a name.
const nameStarts = `xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo
	gao zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du
	ye cheng wei su lu ding ren shen yao jin park choi jung kang yoon jang lim nguyen tran pham hoang
	phan vu vo dang bui do ngo duong ly`

func addGivenNames() {
	addWords(cGivenM, givenMale)
	addWords(cGivenF, givenFemale)
	addWords(cNameStart, nameStarts)
}
