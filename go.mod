module github.com/junoslint/junoslint

go 1.24

require github.com/alecthomas/participle/v2 v2.1.4 // indirect
