package schema

// protocolsTable: [edit protocols].
const protocolsTable = `
@protocols: bgp{bgp-peer} ospf{ospf} ospf3{ospf} isis{isis} isis-instance*{isis}
  mpls{mpls} rsvp{rsvp} ldp{ldp} lldp{lldp} lldp-med{lldp} evpn{evpn} pim{pim}
  igmp{igmp} mld{igmp} igmp-snooping{snooping} mld-snooping{snooping} bfd{}
  rstp{stp} mstp{stp} vstp{stp} vrrp{} l2circuit{l2circuit} l2vpn{l2vpn}
  vpls{vpls} mvpn{mvpn} router-advertisement{ra} sflow{sflow} oam{oam}
  lacp{} layer2-control{} msdp{} rip{} ripng{} esis{} pcep{pcep}
  source-packet-routing{} connections{} neighbor-discovery{} dcbx{} amt{}
  uplink-failure-detection{} loop-detect{} router-discovery{} protection-group{}
  l2-learning{} ppp-service{} iccp{} sap{} dot1x{} authentication-access-control{}
  ethernet-switching{}

# BGP: the top level, groups and neighbors take mostly the same statements.
@protocols l2-learning: telemetry{} global-mac-table-aging-time global-mac-limit{}
  global-mac-ip-table-aging-time global-mac-statistics! global-le-bridge-domain-aging-time
  global-no-mac-learning! traceoptions{traceoptions}
@protocols l2-learning telemetry: enable-remote-entries!
@protocols l2-learning global-mac-limit: *! packet-action

@bgp-peer: group*{bgp-peer} description type peer-as local-as local-address local-interface
  import[] export[] hold-time multihop{} family*{} authentication-key$
  authentication-algorithm authentication-key-chain bfd-liveness-detection{bfd}
  cluster log-updown! passive! advertise-inactive! advertise-peer-as!
  no-advertise-peer-as! as-override! remove-private{} multipath{}
  neighbor*{bgp-peer} graceful-restart{} traceoptions{traceoptions}
  mtu-discovery! tcp-mss vpn-apply-export! accept-remote-nexthop!
  no-client-reflect! damping! preference metric-out local-preference out-delay
  keep allow[] precision-timers! bgp-error-tolerance{} advertise-external{}+
  advertise-prefix-sid! accept-prefix-sid! egress-te{} path-selection{}~
  source-packet-routing{} tcp-aggressive-transmission! ipsec-sa
  include-mp-next-hop! drop-path-attributes[] defaults{} forwarding-context
  advertise-from-main-vpn-tables! rfc6514-compliant-safi129! unconfigured-peer-graceful-restart{}
  outbound-route-filter{} output-queue-priority{} peer-as-list
  sr-preference-override optimal-route-reflection{} dynamic-neighbor*{}
  egress-te-node-segment{} egress-te-adj-segment*{}
  disable! enable! route-target-proxy{} bmp{} snmp-options{}
  stale-labels-holddown-period mvpn-iana-rt-import! minimum-hold-time
@bgp-peer remove-private: all! no-peer-loop-check! replace{}
@bgp-peer path-selection: cisco-non-deterministic! always-compare-med!
  external-router-id! l2vpn-use-bgp-rules! med-plus-igp{}~
@bgp-peer path-selection med-plus-igp: igp-multiplier med-multiplier
@bgp-peer multihop: ttl no-nexthop-change!
@bgp-peer multipath: multiple-as! list-nexthop! disable!
@bgp-peer graceful-restart: disable! restart-time stale-routes-time
  dont-help-shared-fate-bfd-down! long-lived{} forwarding-state-bit{}
@bgp-peer bgp-error-tolerance: malformed-route-limit malformed-update-log-interval
  no-malformed-route-limit!
@bgp-peer defaults: ebgp{}
@bgp-peer defaults ebgp: no-policy{}
@bgp-peer defaults ebgp no-policy: advertise receive
@bgp-peer family: inet{bgp-family} inet6{bgp-family} inet-vpn{bgp-family}
  inet6-vpn{bgp-family} evpn{bgp-family} l2vpn{bgp-family} route-target{bgp-nlri}
  inet-mvpn{bgp-family} inet6-mvpn{bgp-family} inet-mdt{bgp-family}
  iso{bgp-family} iso-vpn{bgp-family} traffic-engineering{bgp-family}
  link-state{bgp-nlri}
  bgp-ls{bgp-nlri} inet6-mdt{bgp-family}
@bgp-family: unicast{bgp-nlri} multicast{bgp-nlri} labeled-unicast{bgp-nlri}
  any{bgp-nlri} signaling{bgp-nlri} flow{bgp-nlri} transport{bgp-nlri}
  segment-routing-te{bgp-nlri} auto-discovery-only{bgp-nlri} auto-discovery-mspw{bgp-nlri}
@bgp-nlri: loops prefix-limit{} accepted-prefix-limit{} add-path{} rib-group
  rib{} explicit-null{}~ per-prefix-label! protection! resolve-vpn!
  nexthop-resolution{} extended-nexthop! extended-nexthop-color! aigp{}
  damping! topology*{} external-paths advertise-default! delay-route-advertisements{}
  output-queue-priority{} route-refresh-priority{} withdraw-priority{}
  entropy-label{} traffic-statistics{} graceful-restart{} no-validate
  local-ipv4-address advertise-srv6-service! accept-srv6-service!
  advertise-external! aggregate-label{} strip-nexthop!
@bgp-nlri rib: *!
@bgp-nlri explicit-null: connected-only!
@bgp-nlri prefix-limit: maximum teardown~ drop-excess~ hide-excess~
@bgp-nlri accepted-prefix-limit: maximum teardown~ drop-excess~ hide-excess~
@bgp-nlri add-path: receive! send{}
@bgp-nlri add-path send: path-count multipath! prefix-policy[] include-backup-path
  path-selection-mode{}
@bgp-nlri nexthop-resolution: no-resolution! preserve-nexthop-hierarchy!

@bfd: minimum-interval minimum-receive-interval multiplier no-adaptation!
  session-mode version transmit-interval{} detection-time{} authentication{}
  holddown-interval full-neighbors-only! local-address neighbor
  minimum-transmit-interval
@bfd transmit-interval: minimum-interval threshold
@bfd detection-time: threshold
@bfd authentication: key-chain algorithm loose-check!

# OSPF and OSPFv3.
@ospf: area*{ospf-area} export[] import[] reference-bandwidth rib-group
  traffic-engineering{}+ backup-spf-options{} source-packet-routing{}+
  traceoptions{traceoptions} overload{} preference external-preference
  spf-options{} graceful-restart{} no-rfc-1583! sham-link{}+ disable!
  domain-id domain-vpn-tag route-type-community lsa-refresh-interval
  prefix-export-limit database-protection{} realm*{ospf} no-nssa-abr!
  topology*{} no-neighbor-down-notification!
@ospf sham-link: local
@ospf traffic-engineering: shortcuts{} multicast-rpf-routes! no-topology!
  advertise-unnumbered-interfaces! credibility-protocol-preference!
@ospf overload: timeout allow-route-leaking! as-external! stub-network!
@ospf spf-options: delay holddown rapid-runs no-ignore-our-externals!
  microloop-avoidance{}
@ospf backup-spf-options: use-post-convergence-lfa{}+ use-source-packet-routing!
  remote-backup-calculation! per-prefix-calculation node-link-degradation!
  no-install! downstream-paths-only!
@ospf backup-spf-options use-post-convergence-lfa: maximum-backup-paths maximum-labels
@ospf source-packet-routing: node-segment{}~ srgb{}~% mapping-server
  ldp-stitching! install-prefix-sid-for-best-route! prefix-segment{}
  flex-algorithm[] explicit-null! no-strict-spf!
@ospf source-packet-routing node-segment: ipv4-index ipv6-index index-range
@ospf source-packet-routing srgb: start-label index-range
@ospf-area: interface*{ospf-if} stub{}+ nssa{} area-range*~ virtual-link*~
  sham-link-remote*~ label-switched-path*{} authentication-type
  network-summary-export[] network-summary-import[] inter-area-prefix-export[]
  inter-area-prefix-import[] no-context-identifier-advertisement!
@ospf-area stub: default-metric no-summaries! summaries!
@ospf-area nssa: default-lsa{} no-summaries! summaries! area-range*~
@ospf-if: interface-type metric passive{}+ disable! priority hello-interval
  dead-interval retransmit-interval transit-delay authentication{ospf-auth}
  bfd-liveness-detection{bfd} ldp-synchronization{}+ node-link-protection!
  link-protection! post-convergence-lfa{} te-metric flood-reduction!
  demand-circuit! neighbor*~ mtu strict-bfd! ipsec-sa topology*{} secondary!
  no-advertise-adjacency-segment! no-interface-state-traps! no-neighbor-down-notification!
  no-eligible-backup! no-eligible-remote-backup! poll-interval
@ospf-if post-convergence-lfa: node-protection!
@ospf-if ldp-synchronization: hold-time disable!
@ospf-auth: md5*~ simple-password$ keychain{}
@ospf-auth md5 *: key$ start-time

# IS-IS.
@isis: interface*{isis-if} level*+ export[] import[]
  source-packet-routing{isis-spring}+ spf-options{} backup-spf-options{}
  overload{} reference-bandwidth traffic-engineering{} traceoptions{traceoptions}
  no-ipv4-routing! no-ipv6-routing! topologies{}+ ignore-attached-bit!
  suppress-attached-bit! max-hello-size lsp-lifetime dynamic-overload{}+
  no-external-export{} rib-group{}+ graceful-restart{} clns-routing!
  no-authentication-check! label-switched-path*{} context-identifier*{}
  flex-algorithm*{} no-adjacency-holddown! disable! loose-authentication-check!
  hello-padding max-lsp-size
@isis level *: wide-metrics-only! disable! authentication-key$ authentication-type
  authentication-key-chain preference external-preference prefix-export-limit
  purge-originator max-lsp-size no-csnp-authentication! no-hello-authentication!
  no-psnp-authentication! hello-authentication-key$ hello-authentication-type

@isis-if: level*{isis-if-level}+ point-to-point! passive{}+ family*{}
  hello-padding lsp-interval max-hello-size delay-metric delay-measurement{}
  disable! ldp-synchronization{}+ node-link-protection! link-protection!
  bfd-liveness-detection{bfd} csnp-interval mesh-group no-ipv4-multicast!
  no-ipv6-unicast! no-ipv6-multicast! no-unicast-topology! checksum!
  hello-authentication-key$ no-adjacency-down-notification!
@isis-if family: inet{} inet6{}
@isis-if family inet: bfd-liveness-detection{bfd}
@isis-if family inet6: bfd-liveness-detection{bfd}
@isis-if delay-measurement: advertisement{} probe-count probe-interval
@isis-if delay-measurement advertisement: periodic{} accelerated{}
@isis-if delay-measurement advertisement periodic: interval threshold
@isis-if-level: metric te-metric ipv6-unicast-metric passive! disable! priority
  hello-interval hold-time post-convergence-lfa{} application-specific{}
  hello-authentication-key$ hello-authentication-type hello-authentication-key-chain
  ipv4-adjacency-segment{adj-segment} ipv6-adjacency-segment{adj-segment}
  srv6-adjacency-segment{adj-segment}
@adj-segment: unprotected{} protected{}
@adj-segment unprotected: locator*{} label dynamic! index
@adj-segment unprotected locator *: micro-adjacency-sid! end-x-sid*~
@adj-segment protected: locator*{} label dynamic! index
@adj-segment protected locator *: micro-adjacency-sid! end-x-sid*~
@isis-if-level post-convergence-lfa: node-protection{}~ srlg-protection!
@isis-if-level post-convergence-lfa node-protection: cost
@isis-if-level application-specific: attribute-group*{}
@isis-if-level application-specific attribute-group *: admin-group[]
  advertise-delay-metric! application{} te-metric delay-metric
@isis-if-level application-specific attribute-group * application: flex-algorithm! rsvp-te! sr-te!
@isis-spring: node-segment{} srgb{}~% explicit-null! flex-algorithm[]
  strict-asla-based-flex-algorithm! traffic-statistics{} sensor-based-stats{}
  no-strict-spf! mapping-server srv6{} ldp-stitching! prefix-segment{}
@isis-spring sensor-based-stats: per-sid{}~% per-interface-per-member-link{}~%
@isis-spring sensor-based-stats per-sid: ingress! egress!
@isis-spring sensor-based-stats per-interface-per-member-link: ingress! egress!

@isis-spring node-segment: ipv4-index ipv6-index index-range
@isis-spring srgb: start-label index-range
@isis-spring traffic-statistics: statistics-granularity
@isis spf-options: delay holddown rapid-runs microloop-avoidance{} multipath{}
@isis spf-options microloop-avoidance: post-convergence-path{}
@isis spf-options microloop-avoidance post-convergence-path: delay
@isis spf-options multipath: weighted
@isis backup-spf-options: use-post-convergence-lfa{}+ use-source-packet-routing!
  remote-backup-calculation! per-prefix-calculation node-link-degradation!
  no-install!
@isis backup-spf-options use-post-convergence-lfa: maximum-backup-paths maximum-labels
@isis no-external-export: protocol*
@isis overload: timeout advertise-high-metrics! external-prefixes! internal-prefixes!
  allow-route-leaking!
@isis traffic-engineering: advertisement{}+ family{} ipv4-router-id ipv6-router-id
  l3-unicast-topology! credibility-protocol-preference! tunnel-source-protocol{}
  shortcuts{} disable!
@isis traffic-engineering advertisement: always! application-specific{}
@isis traffic-engineering advertisement application-specific: all-applications!

# MPLS and its signalling protocols.
@mpls: interface*{} label-switched-path*{lsp} path*{} admin-groups{} label-range{}
  log-updown{} icmp-tunneling! no-propagate-ttl! explicit-null! ipv6-tunneling!
  optimize-timer optimize-aggressive! traffic-engineering{} lsp-external-controller
  statistics{} smart-optimize-timer traceoptions{traceoptions}
  static-label-switched-path*{} priority revert-timer container-label-switched-path*{lsp}
  diffserv-te{} srlg*{} no-cspf! bandwidth
@mpls interface *: disable! admin-group[] srlg[] bandwidth
@mpls path *: *{}~
@mpls admin-groups: *
@mpls label-range: srgb-label-range static-label-range dynamic-label-range
@mpls log-updown: syslog! trap! no-trap!
@mpls traffic-engineering: bgp! bgp-igp! bgp-igp-both-ribs! mpls-forwarding!
@lsp: from to no-cspf! primary*{} secondary*{} link-protection! node-link-protection!
  fast-reroute{} bandwidth ldp-tunneling! metric optimize-timer retry-timer
  retry-limit template! admin-group{}+ adaptive! auto-bandwidth{} description
  disable! install*~ priority preference lsp-external-controller p2mp hop-limit
  record! no-record! standby! policing{} egress-protection{} corouted-bidirectional!
  associate-lsp*{}
@lsp admin-group: include-any[] include-all[] exclude[]
@lsp primary *: standby! bandwidth admin-group{}+ select
@lsp secondary *: standby! bandwidth admin-group{}+ select
@rsvp: interface*{} traceoptions{traceoptions} graceful-restart{} hello-acknowledgements!
  no-interface-hello! preemption{}~ refresh-time keep-multiplier tunnel-services!
  load-balancing{} setup-protection! node-hello!
@rsvp interface *: bandwidth link-protection{}+ authentication-key$ hello-interval
  aggregate! subscription update-threshold disable!
@ldp: interface*{} session*{} deaggregate! explicit-null! track-igp-metric!
  egress-policy[] export[] import[] auto-targeted-session{} sr-mapping-client!
  transport-address preference traceoptions{traceoptions} graceful-restart{}
  strict-targeted-hellos! igp-synchronization{} l2-smart-policy!
  transport-preference p2mp{} dual-transport{} make-before-break{}
  session-protection{} keepalive-interval keepalive-timeout longest-match!
  mtu-discovery! no-forwarding! targeted-hello{} policing{} oam{}
  label-withdrawal-delay upstream-label-assignment! session-group*{}
@ldp interface *: disable! transport-address hello-interval hold-time
  allow-subnet-mismatch! link-protection{}
@ldp session *: authentication-key$ authentication-algorithm authentication-key-chain
@ldp auto-targeted-session: maximum-sessions teardown-delay
@lldp: interface*{} port-id-subtype port-description-type neighbour-port-info-display
  advertisement-interval hold-multiplier transmit-delay management-address
  disable! traceoptions{traceoptions} lldp-configuration-notification-interval
  ptopo-configuration-maximum-hold-time ptopo-configuration-trap-interval
  fast-start
@lldp interface *: disable! enable! power-negotiation{}

# EVPN, VPLS and other layer-2 services.
@evpn: encapsulation extended-vni-list[] extended-vlan-list[] extended-isid-list[]
  default-gateway multicast-mode vni-options{} interface*{} ip-prefix-routes{}
  duplicate-mac-detection{} no-core-isolation! label-allocation
  flexible-cross-connect-vlan-aware! flexible-cross-connect-vlan-unaware!
  flow-label-receive-static! flow-label-transmit-static! interconnect{}
  interconnect-multihoming-peer-gateways[] group*{} oism{} irb-symmetric-routing{}
  mac-table-size{} mac-mobility{} designated-forwarder-election-hold-time
  no-control-word! control-word! pbb-evpn-core! remote-ip-host-routes{}
  evpn-etree! assisted-replication{} mclag{} no-default-gateway-ext-comm!
  smet-etag-carry-vid! traceoptions{traceoptions} mac-notification{}
  vpws-service-id{} esi-resolution-per-bridge-domain! normalization!
@evpn vni-options: vni*{}
@evpn vni-options vni *: vrf-target{vrf-target}+
@evpn interface *: vpws-service-id{} esi{}
@evpn interface * vpws-service-id: local remote source-packet-routing{}
@evpn interface * vpws-service-id source-packet-routing: srv6{}~
@evpn ip-prefix-routes: advertise encapsulation vni export[] import[]
  reject-asymmetric-vni! route-attributes{} srv6{} gateway-interface
@evpn duplicate-mac-detection: auto-recovery-time detection-threshold detection-window
@evpn interconnect: esi{esi} interconnected-vni-list[] route-distinguisher
  vrf-target{vrf-target}+ vrf-import[] vrf-export[]
@evpn group *: esi{esi} interface* service-id{}
@evpn group * service-id: local remote
@evpn oism: pim-evpn-gateway! supplemental-bridge-domain-irb
@evpn irb-symmetric-routing: vni
@vrf-target: *! auto! import export
@vpls: site*{} vpls-id neighbor*{} site-range no-tunnel-services! label-block-size
  flow-label-receive! flow-label-transmit! mac-table-size{} interface-mac-limit{}
  mesh-group*{} encapsulation-type interface*{} control-word! no-control-word!
  connectivity-type
@vpls site *: site-identifier interface*{} multi-homing! site-preference
  active-interface{}
@vpls neighbor *: backup-neighbor*{} psn-tunnel-endpoint encapsulation-type
@l2vpn: encapsulation-type site*{} no-control-word! control-word!
  traceoptions{traceoptions} interface*{}
@l2vpn site *: site-identifier interface*{} multi-homing! site-preference
@l2vpn site * interface *: remote-site-id
@l2circuit: neighbor*{}
@l2circuit neighbor *: interface*{}
@l2circuit neighbor * interface *: virtual-circuit-id encapsulation-type control-word!
  no-control-word! ignore-encapsulation-mismatch! ignore-mtu-mismatch!
  pseudowire-status-tlv{}+ revert-time backup-neighbor*{} mtu description
  community psn-tunnel-endpoint flow-label-receive! flow-label-transmit!
  hot-standby! standby!
@mvpn: mvpn-mode{} route-target{} sender-based-rpf! sender-site! receiver-site!
  hot-root-standby{} traceoptions{traceoptions}
@mvpn mvpn-mode: spt-only! rpt-spt!
@mvpn route-target: import-target{} export-target{}
@mvpn route-target import-target: target unicast!
@mvpn route-target export-target: target unicast!
@mvpn hot-root-standby: min-rate{} source-tree!
@mvpn hot-root-standby min-rate: rate revert-delay
@pim: interface*{} rp{} join-prune-timeout passive! traceoptions{traceoptions}
  assert-timeout dense-groups{} rib-group{}+ mpls-internet-multicast!
  mdt{} spt-threshold{} nonstop-routing{}
@pim interface *: mode version priority hello-interval bfd-liveness-detection{bfd}
  accept-remote-source! distributed-dr! family*{} neighbor-policy[] disable!
@pim rp: local{} static{} bootstrap-priority auto-rp{} embedded-rp{}
@pim rp local: address family*{} group-ranges{} priority hold-time
@pim rp local family *: address group-ranges{} priority
@pim rp local group-ranges: *!
@pim rp static: address*{}
@pim rp static address *: version group-ranges{}
@pim rp static address * group-ranges: *!
@igmp: interface*{} query-interval query-response-interval robust-count
  query-last-member-interval traceoptions{traceoptions}
@igmp interface *: version static{} immediate-leave! disable! promiscuous-mode!
  ssm-map group-policy[] group-limit
@igmp interface * static: group*{}
@snooping: vlan*{} traceoptions{traceoptions} evpn-ssm-reports-only!
@snooping vlan *: proxy{}+ interface*{} immediate-leave! query-interval
  query-response-interval robust-count l2-querier{}
@stp: interface*{} bridge-priority bpdu-block-on-edge! disable! max-age hello-time
  forward-delay extended-system-id system-id*{} msti*{} configuration-name
  revision-level vlan*{} traceoptions{traceoptions} force-version
@stp interface *: edge! cost priority mode no-root-port! bpdu-timeout-action{}
  disable! access-trunk!
@stp msti *: vlan[] bridge-priority interface*{}
@ra: interface*{}
@ra interface *: max-advertisement-interval min-advertisement-interval prefix*{}
  managed-configuration! other-stateful-configuration! default-lifetime
  reachable-time retransmit-timer hop-limit link-mtu! current-hop-limit
  no-managed-configuration! no-other-stateful-configuration!
@ra interface * prefix *: on-link! no-on-link! autonomous! no-autonomous!
  preferred-lifetime valid-lifetime
@sflow: collector*{} interfaces*{} polling-interval sample-rate{} source-ip
  agent-id adaptive-sample-rate
@sflow collector *: udp-port
@sflow sample-rate: egress ingress
@oam: ethernet{}
@oam ethernet: connectivity-fault-management{} link-fault-management{} evcs*{}
@oam ethernet connectivity-fault-management: maintenance-domain*{}
  performance-monitoring{} action-profile*{} linktrace{}
@oam ethernet connectivity-fault-management maintenance-domain *: level name-format
  maintenance-association*{} mip-half-function
@oam ethernet connectivity-fault-management maintenance-domain * maintenance-association *:
  short-name-format continuity-check{} mep*{} protect-maintenance-association
@oam ethernet connectivity-fault-management maintenance-domain * maintenance-association * continuity-check:
  hold-interval interval loss-threshold interface-status-tlv port-status-tlv
  convey-loss-threshold!
@oam ethernet connectivity-fault-management maintenance-domain * maintenance-association * mep *:
  direction interface auto-discovery! remote-mep*{} priority lowest-priority-defect
@oam ethernet connectivity-fault-management maintenance-domain * maintenance-association * mep * remote-mep *:
  sla-iterator-profile*{} action-profile
@oam ethernet connectivity-fault-management performance-monitoring:
  enhanced-sla-iterator! hardware-assisted-timestamping! measurement-interval
  sla-iterator-profiles{}
@pcep: pce*{} disable-multipath-capability! pce-group*{} traceoptions{traceoptions}
@pcep pce *: destination-ipv4-address destination-ipv6-address destination-port
  pce-type{}~% lsp-provisioning! spring-capability! delegation-cleanup-timeout
  lsp-cleanup-timer local-address local-ipv6-address srv6-capability! p2mp-lsp-report-capability!
@pcep pce * pce-type: active! stateful!
`
