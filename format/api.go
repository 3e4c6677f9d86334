// Package format prints Junos configuration: a parsed file in canonical
// layout in its own form (curly or set), a configuration tree as `display
// set` lines, and a configuration tree as curly text shaped by the schema.
package format
