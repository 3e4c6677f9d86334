package schema

// tables returns the built-in tables in load order: a template must be
// declared (by any table) before a line walks into it.
func tables() []string {
	return []string{
		rootTable, defaultsTable, interfacesTable, protocolsTable, policyTable,
		securityTable, systemTable, routingTable, miscTable,
	}
}
