// Package number reads numbers written in digits, words or both ("2,418",
// "3.5", "two million", "half a million", "a dozen", "1.2 million",
// "two-thirds", "hundreds of thousands") from a token stream, with the
// precision the writer stated them to.
//
// Mixed numbers end in a fraction ("five and a quarter", "7 and a half",
// "two-and-a-half-hour", "a million and a half", "one billion and a half
// million"); a plural scale after a number multiplies it ("3 dozens",
// "three billions", "four thousand million"); decimals may be spoken
// digit by digit ("two point five", "nought point nought six", but not
// "at one point two men"); a fraction of a scale is a number, not a
// proportion ("two thirds of a million"). A capital M or B glued to
// digits is a million or a billion ("2.4M", "45B") unless the digits are
// one whole digit, as in the names of companies and models.
//
// Precision is kept as a Step: "4,100" is rounded to the hundred and
// stands for [4050, 4150]; "3,891" for [3890.5, 3891.5]. Vague plurals
// ("dozens", "several hundred") are lower bounds. Parse never decides what
// a number counts or whether it is a year or a phone number: that is the
// caller's context, and ambiguous abbreviations ("m", "b" after digits)
// are left to it as well (see Scale).
package number
