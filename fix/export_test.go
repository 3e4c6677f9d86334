package fix

// Compose exposes compose to the tests.
func Compose(e1 []Edit, s1 []byte, e2 []Edit) []Edit { return compose(e1, s1, e2) }
