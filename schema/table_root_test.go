package schema

// The schema tables. Each logical line declares the children of one
// element:
//
//	PATH: CHILD CHILD …
//
// PATH is a path from the configuration root (empty for the root itself)
// or, when its first word is @T, from template T. Its words are keywords,
// and `*` for a word that is not a keyword: a list entry's key, or an entry
// of a homogeneous container. Every word of PATH must have been declared by
// an earlier line. A line that starts with white space continues the
// previous line's children; `#` starts a comment.
//
// A CHILD is a name, or `*` for any word not declared beside it, followed
// by its shape and then its attributes:
//
//	name       leaf with one value            host-name edge1;
//	name[]     leaf-list                      members [ v10 v20 ];
//	name!      flag                           enable-explorer;
//	name{}     container                      system { … }
//	name{T}    container holding template T's statements as well as its own
//	name*      list with one key word         unit 0 { … }
//	name**     list with two key words        route-filter 10.0.0.0/8 exact;
//	name*{T}   list whose entries hold template T's statements
//	*{}        homogeneous container: any other word names an entry
//	           (ge-0/0/0 below interfaces); *{T} likewise with template T
//	*  *!      any other word is a leaf, or a flag (syslog facilities,
//	           prefix-list prefixes)
//
// Below a list, children declared with {} or {T} are keys by name whose
// entries differ: `family: inet{…} inet6{…}` for `family inet { … }`.
//
// Attributes:
//
//	~   one-liner: the element (for a list, each entry) prints with its
//	    content on one line: `file pki.log size 1m files 3;`,
//	    `disable on-download-failure;`, `802.3ad ae0;`
//	+   one-liner when it holds exactly one leaf, leaf-list or flag:
//	    `then accept;` but `then { count c; accept; }`;
//	    `route 0.0.0.0/0 next-hop 192.0.2.1;`
//	$   secret: curly output adds `## SECRET-DATA` after the `;`
//	%   (one-line containers) `display set` prints one line per leaf:
//	    `vlan-tags outer 1 inner 2;` is two set lines, which the parser
//	    splits back (see SplitLeaf)
//	"   Junos prints the word in quotes even where it could stand bare
//	=   (containers) a choice: it holds one of several words, and a later
//	    set of another replaces it, as for a leaf (see SingleValued)
//
// Templates are declared with `@T: …` lines. Three are special: `root` is
// the configuration root, `global` holds statements accepted in every
// container (apply-groups, …), and `defaults` gives shapes to keywords met
// where the schema knows nothing better (their shape is the same almost
// everywhere Junos uses them).
const rootTable = `
: version system{system} chassis{chassis} services{services} security{security}
  interfaces{interfaces} snmp{snmp} forwarding-options{forwarding-options}
  event-options{event-options} routing-options{routing-options} protocols{protocols}
  policy-options{policy-options} class-of-service{class-of-service}
  firewall{firewall} routing-instances{routing-instances}
  logical-systems{logical-systems} tenants{tenants} groups{groups}
  apply-groups[] vlans{vlans} bridge-domains{bridge-domains}
  switch-options{switch-options} access{access} access-profile
  dynamic-profiles{dynamic-profiles} applications{applications}
  multi-chassis{} multicast-snooping-options{} poe{} virtual-chassis{}
  ethernet-switching-options{} rcsid smtp{} session-limit-group{}
  jsrc{} jsrc-partition{} diameter{} fabric{} vmhost{} unified-edge{}

# Group content is shaped like the configuration it applies to.
@groups: *{root}
groups *: when{}
groups * when: time peers[] chassis model routing-engine member node

@logical-systems: *{logical-system}
@logical-system: interfaces{interfaces} protocols{protocols}
  routing-options{routing-options} routing-instances{routing-instances}
  policy-options{policy-options} firewall{firewall} security{security}
  class-of-service{class-of-service} forwarding-options{forwarding-options}
  access{access} bridge-domains{bridge-domains} vlans{vlans}
  switch-options{switch-options} system{system} snmp{snmp} services{services}
  access-profile

@tenants: *{tenant}
@tenant: routing-instances{routing-instances} security{security}
  system{system} services{services} firewall{firewall}
  policy-options{policy-options} interfaces{interfaces}
`
