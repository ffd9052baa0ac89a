// Package number reads numbers written in digits, words or both ("1,954",
// "3.5", "two million", "half a million", "a dozen", "1.2 million") from a
// token stream, with the precision the writer stated them to.
package number
