package schema

// miscTable: class-of-service, snmp, chassis, services, forwarding-options,
// access, dynamic profiles, applications and event-options.
const miscTable = `
@class-of-service: classifiers{cos-rules} rewrite-rules{cos-rules}
  forwarding-classes{} interfaces{} schedulers{} scheduler-maps{}
  drop-profiles{} traffic-control-profiles{} code-point-aliases{}
  host-outbound-traffic{} system-defaults{} congestion-notification-profile{}
  shared-buffer{} dedicated-buffer{} dedicated-buffer-profile*{}
  forwarding-class-sets*{} fabric{} multi-destination{} tri-color!
  forwarding-policy{} interface-set*{} adaptive-shapers*{} virtual-channels*{}
@cos-rules: dscp*{cos-map} dscp-ipv6*{cos-map} exp*{cos-map}
  ieee-802.1*{cos-map} ieee-802.1ad*{cos-map} inet-precedence*{cos-map}
  frame-relay-de*{cos-map}
@cos-map: forwarding-class*{} import
@cos-map forwarding-class *: loss-priority*+
@cos-map forwarding-class * loss-priority *: code-points[] code-point
@class-of-service forwarding-classes: class*~ queue*~
@class-of-service interfaces: *{cos-interface}
@cos-interface: scheduler-map classifiers{cos-if-rules} rewrite-rules{cos-if-rules}
  unit*{cos-interface} forwarding-class output-traffic-control-profile
  input-traffic-control-profile congestion-notification-profile shaping-rate{cos-rate}+
  scheduler-map-chassis exclude-queue-overhead-bytes! member-link-scheduler
  output-forwarding-class-map input-scheduler-map input-shaping-rate{cos-rate}+
  loss-priority-maps{} adaptive-shaper
@cos-if-rules: dscp*~ dscp-ipv6*~ exp*~ ieee-802.1*~ ieee-802.1ad*~
  inet-precedence*~ frame-relay-de*~
@class-of-service schedulers: *{scheduler}
@scheduler: transmit-rate{cos-rate}+ buffer-size{cos-rate}+ shaping-rate{cos-rate}+
  priority drop-profile-map****~ explicit-congestion-notification!
  buffer-dynamic-threshold excess-rate{cos-rate}+ excess-priority
  adjust-minimum adjust-percent
@cos-rate: percent temporal remainder{} exact! rate-limit! *!
@class-of-service scheduler-maps: *{}
@class-of-service scheduler-maps *: forwarding-class*~
@class-of-service drop-profiles: *{}
@class-of-service drop-profiles *: interpolate{} fill-level*~
@class-of-service drop-profiles * interpolate: fill-level[] drop-probability[]
@class-of-service traffic-control-profiles: *{}
@class-of-service traffic-control-profiles *: scheduler-map shaping-rate{cos-rate}+
  guaranteed-rate{cos-rate}+ delay-buffer-rate{cos-rate}+ excess-rate{cos-rate}+
  overhead-accounting~
@class-of-service code-point-aliases: dscp{} dscp-ipv6{} exp{} ieee-802.1{}
  inet-precedence{}
@class-of-service code-point-aliases dscp: *
@class-of-service code-point-aliases dscp-ipv6: *
@class-of-service code-point-aliases exp: *
@class-of-service code-point-aliases ieee-802.1: *
@class-of-service code-point-aliases inet-precedence: *
@class-of-service host-outbound-traffic: forwarding-class dscp-code-point
  ieee-802.1{}
@class-of-service congestion-notification-profile: *{cnp}
@cnp: input{} output{} pfc-watchdog!
@cnp input: dscp{} ieee-802.1{}
@cnp input dscp: code-point*{}
@cnp input dscp code-point *: pfc! mru
@cnp input ieee-802.1: code-point*{}
@cnp input ieee-802.1 code-point *: pfc! mru
@cnp output: ieee-802.1{}
@cnp output ieee-802.1: code-point*{}
@cnp output ieee-802.1 code-point *:
  flow-control-queue[]
@class-of-service shared-buffer: ingress{} egress{} percent
@class-of-service shared-buffer ingress: percent buffer-partition*{}
@class-of-service shared-buffer ingress buffer-partition *: percent dynamic-threshold
@class-of-service shared-buffer egress: percent buffer-partition*{}
@class-of-service shared-buffer egress buffer-partition *: percent dynamic-threshold
@class-of-service dedicated-buffer: ingress{} egress{}
@class-of-service dedicated-buffer ingress: percent
@class-of-service dedicated-buffer egress: percent
@class-of-service forwarding-class-sets *: class*

@snmp: description location contact name community*{} trap-group*{}
  trap-options{} v3{} engine-id{} interface[] filter-interfaces{} view*{}
  client-list*{} routing-instance-access{} health-monitor{} rmon{}
  stats-cache-lifetime filter-duplicates! traceoptions{traceoptions}
  nonvolatile{} arp{}~ logical-system-trap-filter! subagent{}
@snmp community *: authorization clients{} view routing-instance*{}
  client-list-name logical-system*{}
@snmp community * clients: *{}~
@snmp community * routing-instance *: clients{}
@snmp community * routing-instance * clients: *{}~
@snmp client-list *: *{}~
@snmp trap-group *: version categories{} targets{} destination-port
  routing-instance logical-system
@snmp trap-group * targets: *!
@snmp trap-group * categories: *{}
@snmp trap-options: source-address{}~ agent-address{}~ routing-instance{}
  context-oid!
@snmp engine-id: local use-mac-address! use-default-ip-address!
@snmp view *: oid*~
@snmp filter-interfaces: interfaces{} all-internal-interfaces!
@snmp filter-interfaces interfaces: *!
@snmp routing-instance-access: access-list*~
@snmp v3: usm{} vacm{} target-address*{} target-parameters*{} notify*{}
  notify-filter*{} snmp-community*{}
@snmp v3 usm: local-engine{} remote-engine*{}
@snmp v3 usm local-engine: user*{usm-user}
@snmp v3 usm remote-engine *: user*{usm-user}
@usm-user: authentication-sha{usm-auth} authentication-md5{usm-auth}
  authentication-sha224{usm-auth} authentication-sha256{usm-auth}
  authentication-sha384{usm-auth} authentication-sha512{usm-auth}
  authentication-none! privacy-aes128{usm-priv} privacy-des{usm-priv}
  privacy-3des{usm-priv} privacy-none!
@usm-auth: authentication-key$ authentication-password$
@usm-priv: privacy-key$ privacy-password$
@snmp v3 vacm: security-to-group{} access{}
@snmp v3 vacm security-to-group: security-model*{}
@snmp v3 vacm security-to-group security-model *: security-name*{}
@snmp v3 vacm security-to-group security-model * security-name *: group
@snmp v3 vacm access: group*{}
@snmp v3 vacm access group *: default-context-prefix{vacm-model} context-prefix*{vacm-model}
@vacm-model: security-model*{}
@vacm-model security-model *: security-level*{}
@vacm-model security-model * security-level *: read-view write-view notify-view context-match
@snmp v3 target-address *: address port tag-list target-parameters
  routing-instance address-mask timeout retry-count logical-system
@snmp v3 target-parameters *: parameters{} notify-filter
@snmp v3 target-parameters * parameters: message-processing-model security-model
  security-level security-name
@snmp v3 notify *: type tag
@snmp v3 notify-filter *: oid*~
@snmp v3 snmp-community *: security-name tag community-name$

@chassis: aggregated-devices{} fpc*{} redundancy{} network-services
  dump-on-panic! cluster{} high-availability{} pseudowire-service{}
  maximum-ecmp alarm{} auto-image-upgrade! craft-lockout! routing-engine{}
  synchronization{} fabric{} forwarding-options{} config-button{}
  satellite-management{} evpn-vxlan-default-switch-support! lcc*{}
  no-power-budget! power-budget-policy{} fpc-resync!

@chassis aggregated-devices: ethernet{} sonet{} maximum-links
@chassis aggregated-devices ethernet: device-count lacp{}
@chassis aggregated-devices sonet: device-count
@chassis fpc *: pic*{} power sampling-instance traffic-manager{} inline-services{}
  flexible-queuing-mode! error{} cfp-to-et! max-queues
@chassis fpc * pic *: port*{} number-of-ports pic-mode tunnel-services{}
  port-range*~ inline-services{} framing power sfpplus{} tunnel-port*{}
  adaptive-services{} max-queues-per-interface
@chassis fpc * pic * port *: speed channel-speed number-of-sub-ports unused!
@chassis fpc * pic * tunnel-services: bandwidth
@chassis fpc * traffic-manager: buffer-monitor-enable! mode
@chassis redundancy: graceful-switchover! failover{} routing-engine*~ keepalive-time
@chassis redundancy failover: on-disk-failure! on-loss-of-keepalives! not-on-disk-underperform!
@chassis cluster: redundancy-group*{} control-link-recovery! reth-count
  heartbeat-interval heartbeat-threshold control-ports*~ traceoptions{traceoptions}
@chassis cluster redundancy-group *: node*~ preempt{}+ interface-monitor{}
  ip-monitoring{} gratuitous-arp-count hold-down-interval
# "interface-monitor { ge-0/0/3 weight 130; }" (vSRX 18.4 cluster)
@chassis cluster redundancy-group * interface-monitor: *{}~
@chassis cluster redundancy-group * interface-monitor *: weight
@chassis high-availability: local-id{} peer-id*{} services-redundancy-group*{}
@chassis high-availability local-id: *! local-ip
@chassis high-availability peer-id *: interface peer-ip routing-instance
  liveness-detection{} vpn-profile
@chassis high-availability peer-id * liveness-detection: minimum-interval
  minimum-receive-interval multiplier
@chassis high-availability services-redundancy-group *: peer-id{}
  active-signal-route{} backup-signal-route{} install-on-failure-route{}
  activeness-priority activeness-probe{} managed-services monitor{}
  preemption! prefix-list deployment-type process-packet-in-backup-state!
@chassis high-availability services-redundancy-group * peer-id: *!
@chassis high-availability services-redundancy-group * active-signal-route: *! routing-instance
@chassis high-availability services-redundancy-group * backup-signal-route: *! routing-instance
@chassis high-availability services-redundancy-group * install-on-failure-route: *! routing-instance
@chassis high-availability services-redundancy-group * activeness-probe: dest-ip{}
@chassis high-availability services-redundancy-group * activeness-probe dest-ip: *! src-ip
@chassis high-availability services-redundancy-group * monitor: bfd-liveliness*{}
  monitor-object*{} srg-threshold ip*{} interface[]
@chassis high-availability services-redundancy-group * monitor bfd-liveliness *:
  interface session-type src-ip routing-instance
@chassis high-availability services-redundancy-group * monitor monitor-object *:
  bfd-liveliness{} object-threshold ip{} interface{}
@chassis high-availability services-redundancy-group * monitor monitor-object * bfd-liveliness:
  destination-ip*{} threshold
@chassis high-availability services-redundancy-group * monitor monitor-object * bfd-liveliness destination-ip *:
  interface routing-instance session-type src-ip weight
@chassis pseudowire-service: device-count

@services: rpm{} service-set*{} monitoring{} network-monitoring{}
  traffic-load-balance{} flow-monitoring{} nat{} ssl{} application-identification{}
  security-intelligence{} advanced-anti-malware{} analytics{} adaptive-services-pics{}
  stateful-firewall{} ipsec-vpn{} web-filter{} url-filter{} captive-portal-content-delivery{}
  dynamic-flow-capture{} video-monitoring{} hosted-services{} logging{} pcp{}
  softwire{} inline-monitoring{} l2tp{} aacl{} proxy{}
  user-identification{}
@services proxy: profile*{}
@services proxy profile *: protocol{}
@services service-set *: interface-service{} next-hop-service{} ipsec-vpn
  stateful-firewall-rules* nat-rules* ipsec-vpn-rules* syslog{}
  service-set-options{}
@services service-set * next-hop-service: inside-service-interface outside-service-interface
@services service-set * interface-service: service-interface
@services rpm: probe*{} twamp{} rfc2544-benchmarking{} probe-server{} bgp{}
@services rpm probe *: test*{}
@services rpm probe * test *: probe-type target{}+ probe-count probe-interval
  test-interval source-address routing-instance thresholds{} data-size
  destination-port hardware-timestamp! one-way-hardware-timestamp! dscp-code-points
@services rpm twamp: server{} client{}
@services rpm twamp server: authentication-mode routing-instance-list{}
  client-list*{} light! port max-connection-duration
@services rpm twamp server routing-instance-list: *{}
@services rpm twamp server routing-instance-list *: port
@services rpm twamp server client-list *: address{}
@services rpm twamp server client-list * address: *!
@services rpm twamp client: control-connection*{}
@services rpm twamp client control-connection *: control-type destination-port
  routing-instance target-address test-count test-session*{} test-interval
@services rpm twamp client control-connection * test-session *: probe-count
  probe-interval target-address
@services monitoring: twamp{} rfc2544{}
@services monitoring twamp: client{} server{}
@services monitoring twamp client: control-connection*{}
@services monitoring twamp client control-connection *: destination-port
  routing-instance target test-interval test-session*{} test-start
@services monitoring twamp client control-connection * test-session *:
  probe-count probe-interval target
@services network-monitoring: profile*{}
@services network-monitoring profile *: failure-retries icmp! probe-interval
  recovery-retries tcp{}
@services network-monitoring profile * tcp: port
@services traffic-load-balance: instance*{} routing-engine-mode! traceoptions{traceoptions}
@services traffic-load-balance instance *: client-vrf group*{} interface
  real-service*{} server-vrf virtual-service*{}
@services traffic-load-balance instance * group *: health-check-interface-subunit
  network-monitoring-profile[] real-services[] routing-instance
@services traffic-load-balance instance * real-service *: address
@services traffic-load-balance instance * virtual-service *: address group
  load-balance-method{} mode routing-instance
@services traffic-load-balance instance * virtual-service * load-balance-method: hash{}
@services traffic-load-balance instance * virtual-service * load-balance-method hash: hash-key{}
@services traffic-load-balance instance * virtual-service * load-balance-method hash hash-key:
  destination-ip! source-ip!

@forwarding-options: dhcp-relay{dhcp-relay} storm-control-profiles*{}
  hash-key{} enhanced-hash-key{} sampling{} port-mirroring{} analyzer*{}
  evpn-vxlan{} vxlan-routing{} multicast-replication{} family{}
  load-balance-label-capability! tunnel-termination! tunnels{} multicast{}
  helpers{} packet-capture{} next-hop-group*{} filter{} monitoring*{}
  vxlan-tos-copy-filter! rpf-loose-mode-discard{} load-balance{}
@dhcp-relay: server-group{} group*{dhcp-relay-group} forward-only! no-snoop!
  overrides{} relay-option-82{} active-server-group dhcpv6{dhcp-relay}
  traceoptions{traceoptions} forward-snooped-clients route-suppression{}
  dual-stack-group*{} server-response-time
@dhcp-relay server-group: *{}
@dhcp-relay server-group *: *!
@dhcp-relay-group: active-server-group interface*{} overrides{} relay-option-82{}
  forward-only! server-id-override! *
@dhcp-relay-group interface *: overrides{} exclude!
@dhcp-relay-group interface * overrides: relay-source
@forwarding-options storm-control-profiles *: all{} action-shutdown!
@forwarding-options storm-control-profiles * all: bandwidth-level bandwidth-percentage
  burst-size no-broadcast! no-multicast! no-unknown-unicast! no-registered-multicast!
  no-unregistered-multicast!
@forwarding-options hash-key: family*{} hash-seed!
@forwarding-options hash-key family *: *! payload{} destination-mac! source-mac!
  all-labels! label-1! label-2! no-incoming-port!
@forwarding-options hash-key family * payload: ether-pseudowire! ip{}
@forwarding-options hash-key family * payload ip: port-data{} layer-3-only! layer-3!
  layer-4!
@forwarding-options hash-key family * payload ip port-data: destination-lsb!
  destination-msb! source-lsb! source-msb!
@forwarding-options enhanced-hash-key: ecmp-dlb{} family*{} symmetric!
  hash-mode{}
@forwarding-options enhanced-hash-key ecmp-dlb: ether-type{} flowlet{} sampling-rate
  per-packet!
@forwarding-options enhanced-hash-key ecmp-dlb ether-type: ipv4! ipv6! mpls!
@forwarding-options enhanced-hash-key ecmp-dlb flowlet: flowset-table-size
  inactivity-interval reassignment{}
@forwarding-options enhanced-hash-key ecmp-dlb flowlet reassignment: prob-threshold
  quality-delta
@forwarding-options enhanced-hash-key family *: no-payload! no-incoming-port!
@forwarding-options evpn-vxlan: shared-tunnels! vxlan-trans-vni-enable!
@forwarding-options vxlan-routing: interface-num next-hop overlay-ecmp!
@forwarding-options multicast-replication: evpn{}
@forwarding-options multicast-replication evpn: irb
@forwarding-options multicast: mismatch-rate resolve-rate
@forwarding-options tunnels: udp! gre!
@forwarding-options family: inet{} inet6{} mpls{} ethernet-switching{} any{}
@forwarding-options family inet: filter{filter-io}
@forwarding-options family inet6: filter{filter-io}
@forwarding-options family mpls: filter{filter-io}
@forwarding-options family ethernet-switching: filter{filter-io}
@forwarding-options family any: filter{filter-io}
@forwarding-options sampling: instance*{} input{} family*{} traceoptions{traceoptions}
  sample-once!

@access: profile*{access-profile} radius-server{} address-assignment{}
  domain{} radius-options{} ppp-options{} firewall-authentication{}
  address-pool*{} tacplus-server{}
@access radius-server: *{radius-server}+
@access tacplus-server: *{radius-server}+
@access-profile: authentication-order[] radius{} radius-server{} accounting{}
  address-assignment{} client*{} session-options{} provisioning-order[]
@access-profile radius-server: *{radius-server}+
@access-profile radius: authentication-server[] accounting-server[] options{}
  attributes{}
@access-profile radius options: accounting-session-id-format
  calling-station-id-delimiter calling-station-id-format{} client-accounting-algorithm
  client-authentication-algorithm nas-identifier nas-port-id-format{}
  nas-port-type{} vlan-nas-port-stacked-format! nas-port-id-delimiter
  revert-interval timeout retry
@access-profile radius options calling-station-id-format: agent-circuit-id!
  agent-remote-id! mac-address! interface-description! nas-identifier!
@access-profile radius options nas-port-id-format: agent-circuit-id! agent-remote-id!
  interface-description! nas-identifier! interface-text-description!
@access-profile radius options nas-port-type: ethernet
@access-profile radius attributes: exclude{} ignore{}
@access-profile radius attributes exclude: *
@access-profile address-assignment: pool high-utilization abated-utilization
@access-profile accounting: order[] accounting-stop-on-failure!
  accounting-stop-on-access-deny! immediate-update! update-interval statistics
@access address-assignment: pool*{} abated-utilization high-utilization
  neighbor-discovery-router-advertisement high-utilization-v6 abated-utilization-v6
@access address-assignment pool *: family*{} link active-drain!
@access address-assignment pool * family *: network prefix range*{}+
  dhcp-attributes{} excluded-address[] xauth-attributes{}
@access address-assignment pool * family * range *: low high prefix-length
@access address-assignment pool * family * dhcp-attributes: maximum-lease-time
  router{} server-identifier name-server[] domain-name grace-period
  dns-server[] option*~ boot-server boot-file
@access address-assignment pool * family * dhcp-attributes router: *!

@dynamic-profiles: *{dynamic-profile}
@dynamic-profile: interfaces{interfaces} protocols{protocols}
  routing-instances{routing-instances} routing-options{routing-options}
  class-of-service{class-of-service} firewall{firewall}
  policy-options{policy-options} predefined-variable-defaults{} variables{}
  profile-type
@dynamic-profile predefined-variable-defaults: *

@event-options: generate-event{} policy*{} event-script{} destinations{}
  traceoptions{traceoptions}
@event-options generate-event: *{}~
@event-options generate-event *: time-interval time-of-day no-drift!
@event-options policy *: events[] within*{} attributes-match{} then{}
@event-options policy * then: execute-commands{} event-script*{} raise-trap!
  ignore! upload*{} change-configuration{} priority-override{}
@event-options policy * then execute-commands: commands{} output-filename
  destination*{} output-format
@event-options policy * then execute-commands commands: *!
@event-options policy * then event-script *: arguments*~ output-filename
  destination*{} output-format

@applications: application*{application}+ application-set*{}
@application: protocol destination-port source-port term*{} inactivity-timeout
  application-protocol icmp-type icmp-code rpc-program-number uuid ether-type
  description
@application term *: protocol destination-port source-port inactivity-timeout
  alg icmp-type icmp-code
@applications application-set *: application* application-set* description
`

// defaultsTable gives shapes to keywords met outside the hierarchies the
// schema describes, and the statements every container accepts.
const defaultsTable = `
@global: apply-groups[] apply-groups-except[] apply-macro*{macro} apply-flags
@macro: *

@defaults: description host-name version mtu metric preference router-id
  autonomous-system local-as peer-as type port connection-limit
  server-certificate certificate-authority ca-identity ca-profile-name
  re-enroll-trigger-time-percentage retry retry-interval refresh-interval url
  encrypted-password$ class uid time-zone routing-instance source-address
  proxy-profile challenge-password$ nonce-payload vlan-id native-vlan-id
  instance-type route-distinguisher local-address hold-time cluster
  import-policy export-policy vrf-target authentication-key$ secret$
  pre-shared-key{}+ neighbor* address* interface* route* unit*{unit} term*
  user* host* server* peer* group* prefix-list-item*
  policy-statement*{policy} prefix-list* vlan* zone* rule*
  rule-set* ca-profile* certificate-id* traceoptions{traceoptions}
  srgb{}~% vlan-tags{}~% family* bfd-liveness-detection{bfd}
  import[] export[] members[] disable! enable!
@defaults pre-shared-key: ascii-text$ hexadecimal$
@defaults srgb: start-label index-range
@defaults vlan-tags: outer inner inner-range inner-list[]

@traceoptions: file*~ flag*~ level no-remote-trace!
`
