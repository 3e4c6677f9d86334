// Package rules holds junoslint's rule catalogue: one file per rule, each a
// function returning the rule as a struct value, and [All], the explicit
// list the runner, the docs generator and `junoslint rules` read.
//
// Rules look at the effective configuration (groups applied, inactive
// statements dropped) through lint.Pass and never keep state between files.
// Their contract — codes, names, severities, triggers, where findings point
// and the fixes — is the rule catalogue (rules.md); each rule's Doc says what
// it does where that catalogue is silent.
package rules
