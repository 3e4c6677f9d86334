package schema

// systemTable: [edit system].
const systemTable = `
@system: host-name domain-name domain-search[] time-zone location{}
  name-server{} authentication-order[] root-authentication{authentication}
  login{} services{} syslog{} ntp{} radius-server{} tacplus-server{}
  accounting{} archival{} ports{} processes{} commit{}+ management-instance!
  backup-router inet6-backup-router static-host-mapping{} arp{}
  internet-options{} license{} scripts{} extensions{} ddos-protection{}
  packet-forwarding-options{} configuration-database{} dynamic-profile-options{}
  no-redirects! no-redirects-ipv6! no-ping-record-route! no-ping-time-stamp!
  no-multicast-echo! dump-on-panic! debugger-on-panic! debugger-on-break!
  default-address-selection! tracing{} auto-snapshot! saved-core-context!
  max-configurations-on-flash max-configuration-rollbacks fips{}
  kernel-replication{} master-password{} security-profile*{} radius-options{}
  tacplus-options{} phone-home{}
  use-imported-time-zones! encrypt-configuration-files!
  compress-configuration-files! no-compress-configuration-files!
  allow-v4mapped-packets! mirror-flash-on-disk! schema{}
 ipv6-duplicate-addr-detection-transmits
 configuration{} proxy{}
 subscriber-management{}
@system name-server: *{}+
@system name-server *: routing-instance
@system radius-server: *{radius-server}+
@system tacplus-server: *{radius-server}+
@radius-server: secret$ port source-address timeout retry routing-instance
  accounting-port max-outstanding-requests single-connection!
  preauthentication-secret$ preauthentication-port accounting-timeout
  accounting-retry dynamic-request-port
@authentication: encrypted-password$ plain-text-password-value$ ssh-rsa*$
  ssh-ecdsa*$ ssh-ed25519*$ ssh-dss*$ no-public-keys!
@system location: country-code building floor rack altitude latitude longitude
  lata npa-nxx postal-code hcoord vcoord
@system login: class*{} user*{} message announcement idle-timeout
  retry-options{} password{} deny-sources{}
@system login class *: permissions[] allow-commands deny-commands
  allow-configuration deny-configuration idle-timeout login-alarms! login-tip!
  allow-configuration-regexps[] deny-configuration-regexps[]
  allow-commands-regexps[] deny-commands-regexps[] no-hidden-commands{}
  security-role cli{} logical-system access-start access-end
  configuration-breadcrumbs!
@system login user *: uid class full-name authentication{authentication} cli{}
@system login retry-options: tries-before-disconnect backoff-threshold
  backoff-factor minimum-time lockout-period maximum-time
@system login password: format minimum-length maximum-length minimum-numerics
  minimum-upper-cases minimum-lower-cases minimum-punctuations minimum-changes
  change-type minimum-character-changes minimum-reuse
@system login deny-sources: address[]
@system ports: console{}+ auxiliary{}+
@system ports console: log-out-on-disconnect! type insecure! disable!
@system ports auxiliary: log-out-on-disconnect! type insecure! disable!
@system processes: *{}+
@system commit: synchronize! persist-groups-inheritance! fast-synchronize!
  delta-export! server{} notification! peers-synchronize! commit-synchronize-server{}
  peers{}
@system commit peers: *{}
@system commit peers *: authentication$ routing-instance
@system arp: aging-timer passive-learning! gratuitous-arp-on-ifup! purging!
@system internet-options: path-mtu-discovery! no-path-mtu-discovery! tcp-mss
  icmpv4-rate-limit{}~ icmpv6-rate-limit{}~ no-tcp-reset no-source-quench!
  tcp-drop-synfin-set! no-tcp-rfc1323! no-tcp-rfc1323-paws! ipv6-reject-zero-hop-limit!
  gre-path-mtu-discovery! ipip-path-mtu-discovery! source-port{} source-quench!
@system license: keys{} autoupdate{}
@system license keys: key*
@system scripts: commit{} op{} event{} translation{} language synchronize!
@system scripts commit: file*{} allow-transients! traceoptions{traceoptions}
@system scripts commit file *: optional! checksum{}~ source refresh!
@system scripts op: file*{} traceoptions{traceoptions} allow-url-for-python!
@system scripts op file *: checksum{}~ source command description arguments*{}
@system extensions: extension-service{} providers{}
# "license-type juniper deployment-scope commercial;" (vQFX, vSRX)
@system extensions providers: *{}
@system extensions providers *: license-type*~
@system extensions providers * license-type *: deployment-scope[]
@system extensions extension-service: application{}
@system extensions extension-service application: file*{}
@system extensions extension-service application file *: username arguments
  daemonize! respawn-on-normal-exit! refresh! checksum{}~ routing-instance
@system ddos-protection: protocols{} global{}
@system ddos-protection protocols: *{}
@system ddos-protection protocols *: *{}
@system ddos-protection protocols * *: bandwidth burst disable-fpc!
  disable-routing-engine! recover-time priority bypass-aggregate!
@system packet-forwarding-options: forwarding-profile{} hw-db-profile
@system packet-forwarding-options forwarding-profile: host-profile!
@system configuration-database: max-db-size extend-size! ephemeral{}
@system dynamic-profile-options: versioning!
@system accounting: events[] destination{}
@system accounting destination: tacplus{} radius{}
@system archival: configuration{}
@system archival configuration: transfer-on-commit! transfer-interval
  archive-sites{} routing-instance
@system archival configuration archive-sites: *{}~
@system archival configuration archive-sites *: password$
# "static-host-mapping { vr2 inet 172.16.0.2; }" (vMX 23.2, vSRX 25.4)
@system static-host-mapping: *{}+
@system static-host-mapping *: inet[] inet6[] alias[] sysid

@system syslog: user*{syslog-dest} host*{syslog-dest} file*{syslog-file}
  console{syslog-dest} archive{}~% source-address time-format{}~%
  log-rotate-frequency routing-instance server{} allow-duplicates!

@syslog-dest: *  explicit-priority! match facility-override log-prefix
  source-address port structured-data{}+ routing-instance match-strings[]
  exclude-hostname! allow-duplicates! transport tls{}
@syslog-file: * explicit-priority! match archive{}~% structured-data{}+
  match-strings[] allow-duplicates!
@syslog-file archive: size files world-readable! no-world-readable!
  binary-data! no-binary-data! archive-sites*{} start-time transfer-interval
@syslog-file structured-data: brief!
@syslog-dest structured-data: brief!
@system syslog archive: size files world-readable! no-world-readable!
  binary-data! no-binary-data!
@system syslog time-format: year! millisecond!

@system ntp: server*~ peer*~ boot-server source-address*~ authentication-key*~
  trusted-key[] broadcast-client! multicast-client{}~ threshold{}~
  interval-range{}~ broadcast*~ restrict*{}
@system ntp authentication-key *: type value$
@system ntp server *: key version prefer! routing-instance

@system services: ssh{} netconf{} rest{} web-management{} ftp{} telnet{}
  finger{} xnm-clear-text{} xnm-ssl{} dhcp-local-server{dhcp-server}
  extension-service{} subscriber-management{} outbound-ssh{} dns{} dhcp{}
 flow-tap{} service-deployment{} database-replication{}
  resource-monitor{} tftp-server{} webapi{} outbound-https{}

# The legacy DHCP server: "address-range low 192.168.20.100 high 192.168.20.254;"
@system services dhcp: pool*{} static-binding*{}
@system services dhcp pool *: address-range{}~
@system services dhcp pool * address-range: low high
@system services ssh: root-login protocol-version[] ciphers[] macs[]
  key-exchange[] hostkey-algorithm{} connection-limit rate-limit
  max-sessions-per-connection sftp-server! no-tcp-forwarding! tcp-forwarding!
  client-alive-count-max client-alive-interval log-key-changes!
  authentication-order[] no-passwords! no-public-keys! fingerprint-hash port
  allow-tcp-forwarding! max-pre-authentication-packets no-challenge-response!
  no-password-authentication! authorized-keys-command authorized-keys-command-user
@system services ssh hostkey-algorithm: *!
@system services netconf: ssh{} rfc-compliant! traceoptions{traceoptions}
  yang-compliant! notification{} tls{} flatten-commit-results! unified{}
  yang-modules{} hello-message{}
@system services netconf ssh: port connection-limit rate-limit
@system services rest: http{} https{} control{} traceoptions{} enable-explorer!
  routing-instance https-5g{}
@system services rest http: port addresses[]
@system services rest https: port addresses[] server-certificate ca-chain
  cipher-list[] mutual-authentication{}
@system services rest https mutual-authentication: certificate-authority
@system services rest https-5g: port addresses[] server-certificate
  mutual-authentication{}
@system services rest https-5g mutual-authentication: certificate-authority
@system services rest control: allowed-sources[] connection-limit
@system services rest traceoptions: flag
@system services web-management: http{} https{} session{} control{}
  management-url limits{}
@system services web-management http: port interface[]
@system services web-management https: port local-certificate
  pki-local-certificate system-generated-certificate! interface[] virtual-domain*{}
@system services web-management https virtual-domain *: pki-local-certificate mtls{}
@system services web-management https virtual-domain * mtls: port ca-profile
  firewall-authentication-profile[]
@system services web-management session: idle-timeout session-limit
@system services web-management control: max-threads
@system services ftp: connection-limit rate-limit authentication-order[]
@system services telnet: connection-limit rate-limit authentication-order[]
@system services finger: connection-limit rate-limit
@system services xnm-clear-text: connection-limit rate-limit
@system services xnm-ssl: connection-limit rate-limit local-certificate
@system services extension-service: request-response{} notification{}
  traceoptions{traceoptions}
@system services extension-service request-response: grpc{}
@system services extension-service request-response grpc: ssl{} clear-text{}
  max-connections routing-instance skip-authentication!
@system services extension-service request-response grpc ssl: port
  local-certificate address hot-reloading! mutual-authentication{} use-pki!
@system services extension-service request-response grpc ssl mutual-authentication:
  certificate-authority client-certificate-request
@system services extension-service request-response grpc clear-text: port address
@system services outbound-ssh: client*{} traceoptions{traceoptions}
@system services outbound-ssh client *: device-id secret$ services[]
  keep-alive{} reconnect-strategy routing-instance *{}~
@system services subscriber-management: enable! redundancy{} traceoptions{traceoptions}
  overrides{} gres-route-flush-delay{}
@system services subscriber-management redundancy: interface*{}
  no-advertise-routes-on-backup! route-operation-interval
@system services subscriber-management redundancy interface *: shared-key
@dhcp-server: group*{dhcp-group} dhcpv6{dhcp-server} dual-stack-group*{dhcp-group}
  pool-match-order{} stale-timer no-stale-timer-refresh! overrides{}
  server-duid-type{} traceoptions{traceoptions} authentication{} dynamic-profile~
  reconfigure{} requested-ip-network-match liveness-detection{}
@dhcp-server pool-match-order: ip-address-first! external-authority! option-82!
@dhcp-server server-duid-type: *!
@dhcp-group: interface*{} authentication{} dynamic-profile~ overrides{}
  classification-key{} on-demand-address-allocation! liveness-detection{}
  access-profile reconfigure{}
@dhcp-group authentication: password username-include{}
@dhcp-group authentication username-include: domain-name user-prefix
  mac-address! logical-system-name! circuit-type! option-82{}~ interface-name!
  client-id! relay-agent-remote-id! relay-agent-interface-id!
@dhcp-group overrides: client-discover-match dual-stack delegated-pool
  interface-client-limit asymmetric-lease-time process-inform{}
@dhcp-group classification-key: mac-address! option-82! circuit-id!
`
