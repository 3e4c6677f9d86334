package schema

// routingTable: [edit routing-options], [edit routing-instances] and the
// layer-2 domains (vlans, bridge-domains, switch-options).
const routingTable = `
@routing-options: router-id autonomous-system static{static} aggregate{static}
  generate{static} rib*{rib} rib-groups{} forwarding-table{} interface-routes{}
  graceful-restart{} nonstop-routing! multipath{} auto-export{}
  route-distinguisher-id maximum-ecmp maximum-paths{}~ maximum-prefixes{}~
  protect{}~ resolution{} flex-algorithm*{} transport-class{}
  source-packet-routing{} dynamic-tunnels{} ppm{} traceoptions{traceoptions}
  confederation instance-import[] instance-export[] martians{} options{}
  med-igp-update-interval prefix-limit{}~ srlg*{} bmp{} fate-sharing{}
  auto-bandwidth{} route-record! no-multi-topology-routing! topologies{}
  ipv6-router-id label{} egress-protection{} validation{} nexthop-learning!
  access{access-routes} access-internal{access-routes}

@static: route*{static-route}+ rib-group defaults{static-route}
@static-route: next-hop[] qualified-next-hop*{}+ discard! reject! receive!
  no-readvertise! readvertise! retain! no-retain! preference metric tag
  community[] as-path{} install! no-install! resolve! no-resolve! active!
  passive! bfd-liveness-detection{bfd} lsp-next-hop*{}+ next-table
  p2mp-lsp-next-hop description color brief! full! policy[] algorithm
  static-lsp-next-hop*{} spring-te-lsp-next-hop*{}
@access-routes: route*{access-route}+
@access-route: next-hop metric preference tag qualified-next-hop*{}+
@access-route qualified-next-hop *: metric preference tag
@static-route qualified-next-hop *: preference metric interface tag
  bfd-liveness-detection{bfd}
@static-route lsp-next-hop *: preference metric
@static-route as-path: path origin atomic-aggregate! aggregator~
@rib: static{static} aggregate{static} generate{static} multipath{} protect{}~
  martians{} maximum-paths{}~ maximum-prefixes{}~ policy-multipath{}
  import[] access{access-routes} access-internal{access-routes}
@routing-options multipath: vpn-unequal-cost{}~ as-path-compare!
@rib multipath: vpn-unequal-cost{}~ as-path-compare!
@routing-options protect: core!
@rib protect: core!
@routing-options rib-groups: *{}
@routing-options rib-groups *: import-rib[] import-policy[] export-rib[]
@routing-options forwarding-table: export[] chained-composite-next-hop{}
  ecmp-fast-reroute! no-ecmp-fast-reroute! indirect-next-hop!
  no-indirect-next-hop! dynamic-list-next-hop! unicast-reverse-path
  krt-nexthop-ack! remnant-holdtime
@routing-options forwarding-table chained-composite-next-hop: ingress{} transit{}
@routing-options forwarding-table chained-composite-next-hop ingress: *!
  evpn! l2vpn! l2ckt! fec129-vpws! l3vpn{}+ labeled-bgp{}
@routing-options forwarding-table chained-composite-next-hop transit: *!
@routing-options interface-routes: rib-group{}+ family{}
@routing-options interface-routes rib-group: inet inet6
@routing-options graceful-restart: disable! restart-duration helper-disable!
@routing-options resolution: rib*{} scheme*{} preserve-nexthop-hierarchy!
@routing-options resolution rib *: resolution-ribs[] import[] inet-import[]
  inet6-import[] inet-resolution-ribs[] inet6-resolution-ribs[]
@routing-options resolution scheme *: mapping-community[] resolution-ribs[]
@routing-options flex-algorithm *: definition{} color use-transport-class{}
@routing-options flex-algorithm * definition: metric-type spf! admin-group{}+
  priority use-flex-algorithm-prefix-metric! strict-spf!

@routing-options flex-algorithm * definition admin-group: include-any[] include-all[]
  exclude[]
@routing-options flex-algorithm * use-transport-class: *!
@routing-options transport-class: auto-create! name*{} fallback{}
@routing-options transport-class name *: color tunnel-egress{}
@routing-options transport-class name * tunnel-egress: end-point
@routing-options transport-class fallback: none!
@routing-options source-packet-routing: srv6{} mapping-server-entry*{}
  segment-list*{} source-routing-path*{} compute-profile*{} telemetry{}
@routing-options source-packet-routing srv6: locator*{} block*{} no-reduced-srh!
@routing-options source-packet-routing srv6 locator *: *! algorithm micro-sid{}
  end-sid*{} static-function{}
@routing-options source-packet-routing srv6 locator * micro-sid: block-name flavor{}
@routing-options source-packet-routing srv6 locator * micro-sid flavor: psp! usd! usp!
@routing-options source-packet-routing srv6 block *: *! local-micro-sid{}
@routing-options source-packet-routing srv6 block * local-micro-sid: maximum-static-sids
@routing-options source-packet-routing mapping-server-entry *: prefix-segment-range*{}
  prefix-segment*{}
@routing-options source-packet-routing mapping-server-entry * prefix-segment-range *:
  start-prefix start-index size
@routing-options dynamic-tunnels: *{} forwarding-rib{}
@routing-options dynamic-tunnels *: source-address gre! udp! bgp-signal!
  destination-networks{}
@routing-options dynamic-tunnels * destination-networks: *{}~
@routing-options dynamic-tunnels forwarding-rib: *{}
@routing-options dynamic-tunnels forwarding-rib *: inet-import[]
@routing-options ppm: traceoptions{traceoptions} no-delegate-processing!
  redistribution-timer
@routing-options auto-bandwidth: template{}
@routing-options auto-bandwidth template: *{}
@routing-options auto-bandwidth template *: adjust-interval adjust-threshold
  auto-bandwidth-subscription statistic-collection-interval

@routing-instances: *{instance}
@instance: instance-type interface*{} route-distinguisher vrf-target{vrf-target}+
  vrf-import[] vrf-export[] vrf-table-label{}+ routing-options{routing-options}
  protocols{protocols} description forwarding-options{forwarding-options}
  bridge-domains{bridge-domains} vlans{vlans} switch-options{switch-options}
  system{system} services{} provider-tunnel{} vtep-source-interface vlan-id
  l2vpn-id no-vrf-advertise! no-vrf-propagate-ttl! egress-protection{}
  multicast-snooping-options{} service-type vrf-advertise-selective{}
  interface-mac-limit{} mac-table-size{} routing-interface access{access}
  access-profile snmp{snmp} firewall{firewall} policy-options{policy-options}
  security{security} class-of-service{class-of-service} vlan-tags{}~%
  no-local-switching!
@instance vrf-table-label: source-class-usage! static
@instance provider-tunnel: rsvp-te{} selective{} ldp-p2mp! pim-asm{}+
  pim-ssm{}+ ingress-replication{} mdt{} evpn{} inter-as{}
@instance provider-tunnel rsvp-te: label-switched-path-template{}
@instance provider-tunnel rsvp-te label-switched-path-template: default-template! *!
@instance provider-tunnel selective: group*{} tunnel-limit
@instance provider-tunnel selective group *: source*{}
@instance provider-tunnel selective group * source *: rsvp-te{} threshold-rate
@instance provider-tunnel selective group * source * rsvp-te:
  label-switched-path-template{}
@instance provider-tunnel selective group * source * rsvp-te label-switched-path-template:
  default-template! *!
@instance multicast-snooping-options: oism{} traceoptions{traceoptions}
@instance multicast-snooping-options oism: conserve-mcast-routes-in-pfe!

@switch-options: route-distinguisher vrf-target{vrf-target}+ vrf-import[] vrf-export[]
  vtep-source-interface service-id mac-table-size{} interface*{}
  mac-ip-table-size{} interface-mac-limit{} mac-table-aging-time
  no-mac-learning! mac-notification{}
@vlans: *{vlan}
@vlan: vlan-id vlan-id-list[] description interface*{} l3-interface vxlan{}
  forwarding-options{} switch-options{} no-arp-suppression! domain-type
  mcae-mac-synchronize! private-vlan isolated-vlan community-vlans[]
  no-local-switching!
@vlan vxlan: vni translation-vni ingress-node-replication!
  encapsulate-inner-vlan! decapsulate-accept-inner-vlan! static-remote-vtep-list[]
  unreachable-vtep-aging-timer
@vlan forwarding-options: filter{filter-io} dhcp-security{} flood{}
@bridge-domains: *{bridge-domain}
@bridge-domain: vlan-id vlan-id-list[] interface*{} routing-interface domain-type
  description vxlan{} bridge-options{} forwarding-options{} no-local-switching!
  isid-list[] service-id
@bridge-domain vxlan: vni ingress-node-replication! encapsulate-inner-vlan!
  decapsulate-accept-inner-vlan!
`
