package main

// Placeholders replaced by the fmt/convert implementation (fmt.go, convert.go).

func runFmt(e *env) int     { return exitInternal }
func runConvert(e *env) int { return exitInternal }
