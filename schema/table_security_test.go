package schema

// securityTable: [edit security], with [edit security pki] complete as
// junos-syntax-and-pki.md Part B describes it (23.4R1/24.4R1).
const securityTable = `
@security: pki{pki} certificates{} zones{} policies{} nat{} ike{} ipsec{}
  address-book{} screen{} flow{} alg{} log{}
  authentication-key-chains{} macsec{} ssh-known-hosts{} application-tracking{}
  utm{} idp{} forwarding-options{} forwarding-process{} group-vpn{}
  dynamic-address{} user-identification{} ssl{} alarms{} key-protection!
  distribution-profile{} tcp-encap{} application-firewall{}
  gprs{}

@pki: ca-profile*{ca-profile} trusted-ca-group*{} ca-profile-group*{}
  default-trusted-ca-certs{} trap{} auto-re-enrollment{} traceoptions{traceoptions}
  acme-account-key{}
@ca-profile: ca-identity source-address proxy-profile routing-instance
  enrollment{} administrator{} revocation-check{} description
@ca-profile enrollment: url retry retry-interval
@ca-profile administrator: email-address
@ca-profile revocation-check: use-crl! use-ocsp! disable! ocsp{} crl{}
@ca-profile revocation-check ocsp: url* nonce-payload
  disable-responder-revocation-check! accept-unknown-status! connection-failure{}=
@ca-profile revocation-check ocsp connection-failure: fallback-crl! disable!
@ca-profile revocation-check crl: disable{}~ url* refresh-interval
@ca-profile revocation-check crl disable: on-download-failure!
@ca-profile revocation-check crl url *: password$
@pki trusted-ca-group *: ca-profiles[]
@pki ca-profile-group *: cert-base-count
@pki default-trusted-ca-certs: automatic-download{}
@pki default-trusted-ca-certs automatic-download: deactivate! interval{} url routing-instance
@pki default-trusted-ca-certs automatic-download interval: hours
@pki trap: certificate-id*~ ca-identity*~ all-certificates{}
@pki trap certificate-id *: days
@pki trap ca-identity *: days
@pki trap all-certificates: days
@pki auto-re-enrollment: acme{} cmpv2{} scep{} certificate-id*{scep-enrollment}
@pki auto-re-enrollment acme: certificate-id*{re-enrollment}
@pki auto-re-enrollment acme certificate-id *: acme-key-id
@pki auto-re-enrollment cmpv2: certificate-id*{re-enrollment}
@pki auto-re-enrollment scep: certificate-id*{scep-enrollment}
@re-enrollment: re-enroll-time{} ca-profile-name re-enroll-trigger-time-percentage
  re-generate-keypair!
@re-enrollment re-enroll-time: days hours percent
@scep-enrollment: re-enroll-time{} ca-profile-name re-enroll-trigger-time-percentage
  re-generate-keypair! challenge-password$ scep-encryption-algorithm{}~=
  scep-digest-algorithm{}~= validity-period ca-profile
@scep-enrollment re-enroll-time: days hours percent
@scep-enrollment scep-encryption-algorithm: des! des3!
@scep-enrollment scep-digest-algorithm: md5! sha1!
@pki acme-account-key: acme-key-id*

# The legacy [edit security certificates] hierarchy.
@security certificates: local{} path-length maximum-certificates cache-size
  cache-timeout-negative enrollment-retry certification-authority*{}
@security certificates local: *{}
@security certificates local *: *!$ certificate$
@security certificates certification-authority *: ca-name file crl enrollment-url
  ldap-url encoding

@security zones: security-zone*{zone} functional-zone{}
@zone: interfaces{} host-inbound-traffic{inbound} address-book{address-book}
  screen tcp-rst! description application-tracking! source-identity-log!
  advance-policy-based-routing-profile
@zone interfaces: *{zone-if}
@zone-if: host-inbound-traffic{inbound}
@inbound: system-services{} protocols{}
@inbound system-services: *{}
@inbound system-services *: except!
@inbound protocols: *{}
@inbound protocols *: except!
@security address-book: *{address-book}
@address-book: address*+ address-set*{} description attach{}
@address-book address *: *! description dns-name*~ range-address*~ wildcard-address*
@address-book address-set *: address* address-set* description
@address-book attach: zone*

@security policies: from-zone***{policy-set} global{policy-set} default-policy{}
  policy-rematch{}+ pre-id-default-policy{} traceoptions{traceoptions}
@security policies default-policy: permit-all! deny-all!
@security policies pre-id-default-policy: then{}
@security policies pre-id-default-policy then: log{}
@security policies pre-id-default-policy then log: session-init! session-close!
# Screens: "ids-option untrust-screen { icmp { ping-death; } tcp { syn-flood { … } land; } }"
@security screen: ids-option*{} trap{}
@security screen ids-option *: icmp{} ip{} tcp{} udp{} limit-session{}
  alarm-without-drop! description
@security screen ids-option * tcp: syn-flood{} land! winnuke! syn-fin! tcp-no-flag!
  fin-no-ack! syn-frag! port-scan{} tcp-sweep{} syn-ack-ack-proxy{}
@security screen ids-option * icmp: ping-death! fragment! large! flood{} ip-sweep{}
@security screen ids-option * ip: source-route-option! tear-drop! spoofing! bad-option!
  record-route-option! timestamp-option! security-option! stream-option!
  unknown-protocol! block-frag! loose-source-route-option! strict-source-route-option!
@security screen ids-option * udp: flood{} udp-sweep{} port-scan{}
@policy-set: policy*{sec-policy}
@sec-policy: match{} then{} description scheduler-name
@sec-policy match: source-address[] destination-address[] application[]
  source-identity[] dynamic-application[] from-zone[] to-zone[] url-category[]
  source-address-excluded! destination-address-excluded! source-end-user-profile
@sec-policy then: permit{} deny! reject{} log{} count{}
@sec-policy then permit: tunnel{} application-services{} destination-address{}
  firewall-authentication{}
@sec-policy then log: session-init! session-close! session-update!

@security nat: source{} destination{} static{} proxy-arp{} proxy-ndp{}
  traceoptions{traceoptions}
@security nat source: pool*{} rule-set*{nat-rule-set} address-persistent!
  pool-utilization-alarm{} port-randomization{}~ interface{}
@security nat source pool *: address{} address-pooling port{}+ routing-instance
  host-address-base overflow-pool address-shared! pool-utilization-alarm{}
@security nat source pool * address: *{}~
@security nat destination: pool*{} rule-set*{nat-rule-set}
@security nat destination pool *: address~ routing-instance description
@security nat static: rule-set*{nat-rule-set}
@nat-rule-set: from{nat-ctx}+ to{nat-ctx}+ rule*{nat-rule} description
@nat-ctx: zone[] interface[] routing-instance[]
@nat-rule: match{} then{} description
@nat-rule match: source-address[] destination-address[] destination-port{}
  source-port{} application[] protocol[] source-address-name[]
  destination-address-name[]
@nat-rule match destination-port: *{}~
@nat-rule match source-port: *{}~
@nat-rule then: source-nat{} destination-nat{} static-nat{}
@nat-rule then source-nat: off! interface{} pool{}
@nat-rule then source-nat pool: *! persistent-nat{}
@nat-rule then destination-nat: off! pool{}
@nat-rule then destination-nat pool: *!
@nat-rule then static-nat: prefix{} prefix-name{} inet{}
@nat-rule then static-nat prefix: *! routing-instance mapped-port

@security ike: proposal*{} policy*{} gateway*{} traceoptions{traceoptions}
  respond-bad-spi{}
@security ike proposal *: authentication-method dh-group authentication-algorithm
  encryption-algorithm lifetime-seconds description
@security ike policy *: mode proposals[] proposal-set pre-shared-key{}+
  certificate{} description reauth-frequency
@security ike policy * pre-shared-key: ascii-text$ hexadecimal$
@security ike policy * certificate: local-certificate peer-certificate-type
  trusted-ca{} policy-oids[]
@security ike gateway *: ike-policy address[] dynamic{} external-interface
  local-address local-identity{}+ remote-identity{}+ version dead-peer-detection{}
  nat-keepalive no-nat-traversal! general-ikeid! aaa{} tcp-encap-profile
  fragmentation{}
@security ike gateway * local-identity: inet inet6 hostname user-at-hostname
  distinguished-name{} key-id
@security ike gateway * remote-identity: inet inet6 hostname user-at-hostname
  distinguished-name{} key-id
@security ike gateway * dynamic: hostname ike-user-type inet inet6
  user-at-hostname distinguished-name{} connections-limit
@security ike gateway * dead-peer-detection: interval threshold probe-idle-tunnel!
  always-send! optimized!
@security ipsec: proposal*{} policy*{} vpn*{} vpn-monitor-options{}
  anti-replay-window-size traceoptions{traceoptions}
@security ipsec proposal *: protocol authentication-algorithm encryption-algorithm
  lifetime-seconds lifetime-kilobytes description
@security ipsec policy *: proposals[] proposal-set perfect-forward-secrecy{}
  description
@security ipsec policy * perfect-forward-secrecy: keys
@security ipsec vpn *: bind-interface ike{} establish-tunnels traffic-selector*{}
  vpn-monitor{} df-bit ha-link-encryption! copy-outer-dscp! manual{} multi-sa{}
@security ipsec vpn * ike: gateway ipsec-policy proxy-identity{} no-anti-replay!
  idle-time
@security ipsec vpn * traffic-selector *: local-ip remote-ip

@security flow: tcp-mss{} tcp-session{} traceoptions{traceoptions} drop-flow{}
  power-mode-ipsec! allow-dns-reply! allow-embedded-icmp!
@security flow drop-flow: timeout
@security authentication-key-chains: key-chain*{}
@security authentication-key-chains key-chain *: key*{} description tolerance
@security authentication-key-chains key-chain * key *: secret$ start-time algorithm
  options key-name ao-attribute{}
@security authentication-key-chains key-chain * key * ao-attribute:
  cryptographic-algorithm recv-id send-id tcp-ao-option
@security macsec: connectivity-association*{} interfaces{}
@security macsec connectivity-association *: cipher-suite security-mode
  pre-shared-key{} exclude-protocol[] include-sci! mka{} offset replay-protect{}
@security macsec connectivity-association * pre-shared-key: ckn cak$
@security macsec interfaces: *{}
@security macsec interfaces *: connectivity-association
@security ssh-known-hosts: host*{}
# Public keys: Junos marks none of them SECRET-DATA (vSRX 25.4).
@security ssh-known-hosts host *: rsa-key dsa-key ecdsa-sha2-nistp256-key
  ecdsa-sha2-nistp384-key ecdsa-sha2-nistp521-key ed25519-key rsa1-key
`
