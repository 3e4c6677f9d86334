package schema

// interfacesTable: [edit interfaces], shared by logical systems and
// dynamic profiles.
const interfacesTable = `
@interfaces: *{interface} interface-range*{interface} interface-set*{} traceoptions{traceoptions}
@interfaces interface-range *: member* member-range*~

@interface: description disable! enable! mtu speed link-mode encapsulation
  vlan-tagging! flexible-vlan-tagging! stacked-vlan-tagging! native-vlan-id mac
  hold-time{}~% traps! no-traps! unused! number-of-sub-ports
  no-gratuitous-arp-request! gratuitous-arp-reply! no-gratuitous-arp-reply!
  per-unit-scheduler! hierarchical-scheduler{} shared-scheduler!
  gigether-options{ether-options} ether-options{ether-options}
  aggregated-ether-options{} redundant-ether-options{} fabric-options{}
  optics-options{} esi{esi} anchor-point{} auto-configure{}
  load-balancing-options{} damping{} unit*{unit}
  multicast-statistics! vlan-offload! promiscuous-mode! link-degrade-monitor{}
  forwarding-class-accounting{} framing{} sonet-options{} otn-options{}
  satop-options{} media-type fec cable-id receive-bucket{} transmit-bucket{}
  accounting-profile vlan-vci-tagging! input-native-vlan-push output-native-vlan-push
  logical-tunnel-options{} tunnel-options{} clocking dce! no-keepalives!
  keepalives{}~% ppp-options{} encapsulation-options{} interface-transmit-statistics!
  dampen-sfp-detection! cos-virtual-port-state-hold-time
@interface anchor-point: *!
@interface hold-time: up down
@interface keepalives: interval down-count up-count
@interface fabric-options: member-interfaces{}
@interface fabric-options member-interfaces: *!
@interface redundant-ether-options: redundancy-group minimum-links lacp{lacp}
@interface optics-options: wavelength tx-power alarm*{} warning*{} encoding
  laser-enable! no-laser-enable!
@interface optics-options alarm *: link-down! syslog!
@interface optics-options warning *: link-down! syslog!
@interface load-balancing-options: member-interface* member-failure-options{}
@interface load-balancing-options member-failure-options: drop-member-traffic{}
  redistribute-traffic{}
@interface load-balancing-options member-failure-options drop-member-traffic:
  enable-rejoin! rejoin-timeout
@interface damping: enable! half-life max-suppress reuse suppress
@interface aggregated-ether-options: lacp{lacp} minimum-links link-speed
  bfd-liveness-detection{bfd} load-balance{}~ ethernet-switch-profile{} local-bias!
  force-up! link-protection{} source-address-filter* source-filtering!
  rebalance-periodic{}~ logical-interface-fpc-redundancy!
@interface aggregated-ether-options ethernet-switch-profile: tag-protocol-id[]
  mac-learn-enable! ethernet-policer-profile{}
@lacp: active! passive! periodic system-id system-priority admin-key accept-data!
  force-up! hold-time{}~% link-protection{} fast-failover! sync-reset
@lacp hold-time: up
@ether-options: 802.3ad{}~ auto-negotiation{}~ no-auto-negotiation! flow-control!
  no-flow-control! loopback! no-loopback! link-mode speed{}+ fec
  ethernet-switch-profile{} redundant-parent mpls{} source-address-filter*
  source-filtering! ignore-l3-incompletes! asynchronous-notification!
  configured-flow-control{} fpc-redundancy!
@ether-options 802.3ad: *! lacp{lacp} primary! backup!
@ether-options speed: *!
@ether-options ethernet-switch-profile: tag-protocol-id[] mac-learn-enable!
  storm-control
@esi: *! all-active! single-active! port-active! df-election-type{}
  df-election-granularity{} auto-derive{} source-bmac
@esi df-election-type: preference{} mod! highest-random-weight!
@esi df-election-type preference: value
@esi df-election-granularity: per-esi{} per-esi-vlan!
@esi df-election-granularity per-esi: lacp-oos-on-ndf!
@esi auto-derive: lacp! type-1-lacp!
@interface auto-configure: remove-when-no-subscribers! stacked-vlan-ranges{vlan-ranges}
  vlan-ranges{vlan-ranges}
@vlan-ranges: access-profile authentication{} dynamic-profile*{} override{}
@vlan-ranges authentication: packet-types[] password username-include{}
@vlan-ranges authentication username-include: domain-name user-prefix
  mac-address! option-82{}~ circuit-type! delimiter interface-name!
@vlan-ranges dynamic-profile *: accept[] ranges{} access-profile
@vlan-ranges dynamic-profile * ranges: *!

@unit: description encapsulation vlan-id vlan-id-list[] vlan-id-range vlan-name
  vlan-tags{}~% disable! enable! mac mtu no-traps! traps! proxy-arp arp-resp
  esi{esi} filter{filter-io} input-vlan-map{}+ output-vlan-map{}+
  native-inner-vlan-id peer-unit service-domain tunnel{} demux-options{}
  ppp-options{} pppoe-options{} pppoe-underlying-options{} keepalives{}~% bandwidth
  virtual-gateway-accept-data! no-dhcp-flood! load-balancing-options{}
  point-to-point! actual-transit-statistics! family*{} interface-shared-with
  dial-options{} inner-vlan-id-range* vlan-rewrite{} accounting-profile
  dynamic-call-admission-control{} shaping{} copy-tos-to-outer-ip-header!
  clear-dont-fragment-bit! reassemble-packets! routing-instance{} vci vpi
  layer2-policer{} logical-interface-policer!
@unit vlan-tags: outer inner inner-range inner-list[]
@unit input-vlan-map: push! pop! swap! push-push! swap-push! swap-swap! pop-pop!
  pop-swap! vlan-id inner-vlan-id tag-protocol-id inner-tag-protocol-id
@unit output-vlan-map: push! pop! swap! push-push! swap-push! swap-swap! pop-pop!
  pop-swap! vlan-id inner-vlan-id tag-protocol-id inner-tag-protocol-id
@unit load-balancing-options: disable-hash!
@unit demux-options: underlying-interface
@unit pppoe-options: underlying-interface server! client! access-concentrator
  service-name auto-reconnect idle-timeout
@unit ppp-options: mru mtu chap{} pap{} authentication[] lcp-restart-timer{}
  ncp-restart-timer{} initiate-ncp{} local-authentication{}
@unit tunnel: source destination routing-instance{} path-mtu-discovery!
  allow-fragmentation! do-not-fragment! ttl traffic-class
@unit tunnel routing-instance: destination
@unit keepalives: interval down-count up-count
@unit family: inet{inet} inet6{inet} mpls{} iso{} ethernet-switching{}
  bridge{} ccc{} vpls{} tcc{} evpn{} any{} inet-vpn{} inet6-vpn{}
@inet: address*{ifaddr} filter{filter-io} mtu no-redirects! dhcp{} dhcp-client{}
  unnumbered-address*~ rpf-check{}~ sampling{} policer{} targeted-broadcast{}
  primary! arp-max-cache mac-validate demux-source{} service{} accounting{}
  receive-ttl-exceeded! simple-filter{} no-neighbor-learn! destination-udp-port
  duplicate-protection! dynamic-profile short-cycle-protection{} auto-configure{}
  negotiate-address! preferred! receive-options-packets! labeled-unicast!
  ipsec-sa tunnel-termination! address-assignment{}
@inet demux-source: *!
@inet auto-configure: address-ranges{autoconf-ranges} prefix-ranges{autoconf-ranges}
@autoconf-ranges: authentication{} dynamic-profile*{} session-timeout
@autoconf-ranges authentication: password username-include{}
@autoconf-ranges authentication username-include: domain-name user-prefix
  mac-address! circuit-type! delimiter interface-name!
@autoconf-ranges dynamic-profile *: network* prefix*
@inet short-cycle-protection: lockout-time-max lockout-time-min
@inet rpf-check: fail-filter mode{}~
@inet rpf-check mode: loose!
@inet sampling: input! output!
@inet policer: input output arp
@inet dhcp: vendor-id client-identifier{}~ lease-time retransmission-attempt
  retransmission-interval server-address update-server! client-ia-type
  client-type
# Junos quotes the (string-typed) inet6 demux-source, not the inet one.
@unit family inet6: dhcpv6-client{} dad-disable! nd6-stale-time demux-source{}
  ipv6-duplicate-addr-detection-transmits
@unit family inet6 demux-source: *!"
@unit family inet6 dhcpv6-client: client-ia-type client-identifier{}~ client-type
  rapid-commit! req-option[] retransmission-attempt update-router-advertisement{}
@unit family mpls: maximum-labels mtu filter{filter-io}
@filter-io: input output input-list[] output-list[] group
@ifaddr: primary! preferred! vrrp-group*{vrrp} vrrp-inet6-group*{vrrp}
  virtual-gateway-address arp*~ broadcast destination eui-64! master-only!
  web-authentication{} ndp*~ destination-profile multipoint-destination*{}
@vrrp: virtual-address[] virtual-inet6-address[] virtual-link-local-address
  priority accept-data! no-accept-data! preempt{}+ no-preempt! track{}
  advertise-interval fast-interval authentication-type authentication-key$
  inet6-advertise-interval advertisements-threshold delegate-processing!
@vrrp preempt: hold-time
@vrrp track: interface*{} route*~ priority-hold-time
@vrrp track interface *: priority-cost bandwidth-threshold*~
@unit family iso: address* mtu
@unit family ethernet-switching: interface-mode vlan{} native-vlan-id
  storm-control filter{filter-io} recovery-timeout{}
@unit family ethernet-switching vlan: members[]
@unit family bridge: interface-mode vlan-id vlan-id-list[] filter{filter-io}
  policer{}
@unit family ccc: filter{filter-io} mtu policer{}
@unit family vpls: filter{filter-io} mtu
`
