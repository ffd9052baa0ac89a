// Package people finds what news text says about people and other named
// entities: the titles given to them (roles), their ages, how their names
// are spelled, and the words attributed to them (quotes).
package people
