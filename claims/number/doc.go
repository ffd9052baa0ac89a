// Package number reads numbers written in digits, words or both ("1,954",
// "3.5", "two million", "half a million", "a dozen", "1.2 million",
// "two-thirds", "hundreds of thousands") from a token stream, with the
// precision the writer stated them to.
//
// Precision is kept as a Step: "3,200" is rounded to the hundred and
// stands for [3150, 3250]; "3,145" for [3144.5, 3145.5]. Vague plurals
// ("dozens", "several hundred") are lower bounds. Parse never decides what
// a number counts or whether it is a year or a phone number: that is the
// caller's context, and ambiguous abbreviations ("m", "b" after digits)
// are left to it as well (see Scale).
package number
