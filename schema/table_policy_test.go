package schema

// policyTable: [edit policy-options] and [edit firewall].
const policyTable = `
@policy-options: policy-statement*{policy} prefix-list*{} community*+
  as-path*~ as-path-group*{} route-filter-list*{} condition*{} mac-list*{}
  rtf-prefix-list*{} tunnel-attribute*{} application-maps*{} damping*{}
  defaults{} large-community*+
@policy-options prefix-list *: *{}~ apply-path description
@policy-options route-filter-list *: *{}~
@policy-options community *: members[] invert-match!
@policy-options large-community *: members[] invert-match!
@policy-options as-path-group *: as-path*~ dynamic-db!
@policy-options condition *: if-route-exists{} route-active-on
@policy-options condition * if-route-exists: *! table address-family{}
@policy-options condition * if-route-exists address-family: inet{} inet6{} ccc{}
@policy-options condition * if-route-exists address-family inet: *! table
@policy-options condition * if-route-exists address-family inet6: *! table
@policy-options condition * if-route-exists address-family ccc: *! table
@policy-options mac-list *: *!
@policy-options damping *: half-life reuse suppress max-suppress disable!

@policy: term*{policy-term} from{policy-from}+ to{policy-from}+ then{policy-then}+
  dynamic-db!
@policy-term: from{policy-from}+ to{policy-from}+ then{policy-then}+
@policy-from: protocol[] family route-filter**~ prefix-list*~ prefix-list-filter**~
  route-filter-list*~ community[] policy[] interface[] neighbor[] next-hop[]
  rib tag[] tag2[] level instance igp-instance condition area[] as-path[]
  as-path-group[] metric metric2 local-preference color origin external{}
  nlri-route-type[] route-type state validation-database evpn-esi[]
  evpn-mac-route evpn-tag[] source-address-filter**~ instance-any!
  multicast-scope aggregate-contributor! route-distinguisher[] next-hop-type
  traffic-engineering! srte-color preference prefix-length-range~
  large-community[] community-count~ as-path-calc-length~ mac-filter-list[]
@policy-then: accept! reject! next community**~ as-path-prepend as-path-expand~
  local-preference{}~= metric{}~= metric2{}~= next-hop{}~= tag{}~= tag2{}~=
  preference{}~= origin load-balance{}~= color{}~= color2{}~= install-nexthop*~ priority external{}
  prefix-segment{} cos-next-hop-map forwarding-class damping destination-class
  source-class default-action label-allocation aigp-originate{} analyze! trace!
  no-backup! multipath-resolve! resolution-map map-to-interface advertise-locator!
  validation-state class no-entropy-label-capability! bgp-output-queue-priority
  add-path{} large-community**~ no-route-localize!
# The choice containers that take "add N" or "subtract N" besides a value:
# each is a leaf, so that "local-preference add 200; local-preference add 50"
# keeps 50 alone, as the device does.
@policy-then local-preference: add subtract
@policy-then metric: add subtract
@policy-then metric2: add subtract
@policy-then preference: add subtract
@policy-then tag: add subtract
@policy-then tag2: add subtract
@policy-then color: add subtract
@policy-then color2: add subtract
@policy-then load-balance: per-packet! per-prefix! consistent-hash! random! source-ip-only!
  destination-ip-only!
@policy-then external: type
@policy-then prefix-segment: index node-segment! algorithm*~ redistribute
  srv6{}

@firewall: family*{} filter*{fw-filter-inet} policer*{policer} three-color-policer*{}
  hierarchical-policer*{} interface-set*{} load-balance-group*{} flexible-match*{}
@firewall family: inet{fw-family-inet} inet6{fw-family} ethernet-switching{fw-family}
  bridge{fw-family} any{fw-family} mpls{fw-family} vpls{fw-family} ccc{fw-family}
  evpn{fw-family}
@fw-family: filter*{fw-filter} service-filter*{fw-filter} simple-filter*{fw-filter}
@fw-family-inet: filter*{fw-filter-inet} service-filter*{fw-filter-inet}
  simple-filter*{fw-filter-inet}
@fw-filter: term*{fw-term} interface-specific! physical-interface-filter!
  enhanced-mode! fast-lookup-filter! instance-shared! accounting-profile
  filter-specific!
@fw-filter-inet: term*{fw-term-inet} interface-specific! physical-interface-filter!
  enhanced-mode! fast-lookup-filter! instance-shared! accounting-profile
  filter-specific!
@fw-term: from{fw-from} then{fw-then}+ filter only-at-create!
# In family inet filters discard is a container (discard accounting …), so
# a term that only discards prints then { discard; }.
@fw-term-inet: from{fw-from} then{fw-then}+ filter only-at-create!
@fw-term-inet then: discard{}
@fw-term-inet then discard: accounting
@fw-from: source-address{fw-addr} destination-address{fw-addr} address{fw-addr}
  prefix-list{fw-addr} source-prefix-list{fw-addr} destination-prefix-list{fw-addr}
  source-mac-address{fw-addr} destination-mac-address{fw-addr}
  ip-source-address{fw-addr} ip-destination-address{fw-addr} ip-address{fw-addr}
  ip-prefix-list{fw-addr} ip-source-prefix-list{fw-addr} ip-destination-prefix-list{fw-addr}
  protocol[] protocol-except[] port[] port-except[] source-port[]
  source-port-except[] destination-port[] destination-port-except[] icmp-type[]
  icmp-type-except[] icmp-code[] icmp-code-except[] next-header[] next-header-except[]
  payload-protocol[] tcp-flags tcp-established! tcp-initial! is-fragment!
  first-fragment! dscp[] dscp-except[] traffic-class[] traffic-class-except[]
  precedence[] precedence-except[] packet-length[] packet-length-except[]
  fragment-offset[] fragment-offset-except[] fragment-flags ttl[] ttl-except[]
  hop-limit[] hop-limit-except[] interface[] interface-group[] interface-set
  forwarding-class[] loss-priority[] ether-type[] ether-type-except[]
  vlan-ether-type[] learn-vlan-id[] learn-vlan-1p-priority[] user-vlan-id[]
  user-vlan-1p-priority[] ip-protocol[] ip-protocol-except[] source-class[]
  destination-class[] extension-header[] flexible-match-mask{} flexible-match-range{}
  ip-version{} vlan[] loss-priority-except[] gre-key[] ip-options[] service-filter-hit!
@fw-addr: *{}~
@fw-then: accept! discard! reject count log! syslog! policer three-color-policer{}
  forwarding-class loss-priority routing-instance next dscp traffic-class sample!
  port-mirror! port-mirror-instance analyzer service-accounting! next-hop-group
  dont-fragment decapsulate{}~ virtual-channel ipsec-sa load-balance-group
  hierarchical-policer prefix-action topology
  logical-system
@fw-then three-color-policer: single-rate two-rate
@policer: if-exceeding{} if-exceeding-pps{} then{}+ filter-specific!
  logical-interface-policer! physical-interface-policer! shared-bandwidth-policer!
  logical-bandwidth-policer!
@policer if-exceeding: bandwidth-limit bandwidth-percent burst-size-limit
@policer if-exceeding-pps: pps-limit packet-burst
@policer then: discard! forwarding-class loss-priority out-of-profile!
`
