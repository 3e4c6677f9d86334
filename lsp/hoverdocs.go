package lsp

import (
	"fmt"
	"strings"
)

// This file holds what the server says about PKI and REST statements: a
// tree of keywords, written from the project's reference on the `security
// pki` and `system services rest` hierarchies (junos-syntax-and-pki.md Part
// B; ranges and defaults from the 23.4R1/24.4R1 models unless noted). Hover
// shows a keyword's meaning, range, default and the CIS or DISA STIG item
// that concerns it; completion offers a keyword's children, its enumerated
// values and, where a value names an object, the defined names.
//
// Other hierarchies appear only as far as is needed to reach these two;
// such nodes are marked partial, so completion does not pretend to know
// all their children.

// kwShape is what follows a keyword.
type kwShape int

// The keyword shapes.
const (
	shapeContainer kwShape = iota // `pki { … }`
	shapeList                     // `ca-profile NAME { … }`: a name, then statements
	shapeLeaf                     // `retry 10;`: one value
	shapeLeafList                 // `cipher-list [ a b ];`: values
	shapeFlag                     // `re-generate-keypair;`: nothing
)

// kwDoc is one keyword of the tree.
type kwDoc struct {
	name  string
	shape kwShape
	text  string // what it means, one or two sentences
	rng   string // allowed values, e.g. "0–1080"
	dflt  string // default, with its source when sources differ
	ref   string // CIS / DISA STIG items, e.g. "CIS Juniper OS 6.10.5.4 (L2)"
	// values are the choices of an enumerated leaf or leaf-list, in the
	// order completion offers them (the recommended one first).
	values []kwValue
	// refers is the kind of object the value names (ca-profile-name ->
	// a ca-profile), 0 when none.
	refers objKind
	// deprecated marks a keyword Junos keeps for old configurations.
	deprecated bool
	// partial marks a node whose children are listed only in part.
	partial  bool
	children []*kwDoc
}

// kwValue is one choice of an enumerated leaf.
type kwValue struct {
	name string
	text string
	// weak marks a choice that is allowed but not recommended; completion
	// shows it as deprecated.
	weak bool
}

// child returns the child keyword named w, or nil.
func (k *kwDoc) child(w string) *kwDoc {
	for _, c := range k.children {
		if c.name == w {
			return c
		}
	}
	return nil
}

// value returns the enumerated choice named w, or nil.
func (k *kwDoc) value(w string) *kwValue {
	for i := range k.values {
		if k.values[i].name == w {
			return &k.values[i]
		}
	}
	return nil
}

// Constructors; they are used only while building the tree.

func kwContainer(name, text string, kids ...*kwDoc) *kwDoc {
	return &kwDoc{name: name, shape: shapeContainer, text: text, children: kids}
}

func kwList(name, text string, kids ...*kwDoc) *kwDoc {
	return &kwDoc{name: name, shape: shapeList, text: text, children: kids}
}

func kwLeaf(name, text string) *kwDoc { return &kwDoc{name: name, shape: shapeLeaf, text: text} }

func kwLeafList(name, text string) *kwDoc {
	return &kwDoc{name: name, shape: shapeLeafList, text: text}
}

func kwFlag(name, text string) *kwDoc { return &kwDoc{name: name, shape: shapeFlag, text: text} }

func (k *kwDoc) withRange(r string) *kwDoc      { k.rng = r; return k }
func (k *kwDoc) withDefault(d string) *kwDoc    { k.dflt = d; return k }
func (k *kwDoc) withRef(r string) *kwDoc        { k.ref = r; return k }
func (k *kwDoc) withRefers(o objKind) *kwDoc    { k.refers = o; return k }
func (k *kwDoc) withValues(v ...kwValue) *kwDoc { k.values = v; return k }
func (k *kwDoc) asDeprecated() *kwDoc           { k.deprecated = true; return k }
func (k *kwDoc) asPartial() *kwDoc              { k.partial = true; return k }

// Text used in several places.
const (
	stigRevocation = "DISA STIG Juniper SRX SG VPN JUSX-VN-000012 / V-214679 (CAT I): revoked certificates must not be accepted"
	stigCAPolicy   = "DISA STIG Juniper Router NDM JUNI-ND-001430 / V-217352: certificates from an approved CA, with CRL checking"
	cisMutualAuth  = "CIS Juniper OS Benchmark 6.10.5.4 (L2): REST over HTTPS uses mutual (client certificate) authentication"
	cisCiphers     = "CIS Juniper OS Benchmark 6.10.5.5 (L1): no RC4, 3DES, MD5 or SHA-1 suites; 6.10.5.6 (L2): Suite B suites only"
)

// cipherValues are the REST cipher suites, strongest first. Everything
// below the AEAD suites is marked weak: CIS 6.10.5.5 wants neither RC4,
// 3DES, MD5 nor SHA-1 suites.
func cipherValues() []kwValue {
	strong := "AEAD (GCM) suite with forward secrecy; CIS Suite B choice"
	return []kwValue{
		{"ecdhe-rsa-with-aes-256-gcm-sha384", strong, false},
		{"ecdhe-rsa-with-aes-128-gcm-sha256", strong, false},
		{"dhe-rsa-with-aes-256-gcm-sha384", "AEAD (GCM) suite with forward secrecy", false},
		{"dhe-rsa-with-aes-128-gcm-sha256", "AEAD (GCM) suite with forward secrecy", false},
		{"tls-aes-256-gcm-sha384", "TLS 1.3 suite", false},
		{"tls-aes-128-gcm-sha256", "TLS 1.3 suite", false},
		{"rsa-with-aes-256-gcm-sha384", "AEAD suite, but RSA key exchange has no forward secrecy", false},
		{"rsa-with-aes-128-gcm-sha256", "AEAD suite, but RSA key exchange has no forward secrecy", false},
		{"ecdhe-rsa-with-aes-256-cbc-sha384", "CBC with SHA-2: acceptable, not AEAD", false},
		{"ecdhe-rsa-with-aes-128-cbc-sha256", "CBC with SHA-2: acceptable, not AEAD", false},
		{"dhe-rsa-with-aes-256-cbc-sha256", "CBC with SHA-2: acceptable, not AEAD", false},
		{"dhe-rsa-with-aes-128-cbc-sha256", "CBC with SHA-2: acceptable, not AEAD", false},
		{"rsa-with-aes-256-cbc-sha256", "CBC with SHA-2, RSA key exchange: acceptable, not AEAD", false},
		{"rsa-with-aes-128-cbc-sha256", "CBC with SHA-2, RSA key exchange: acceptable, not AEAD", false},
		{"ecdhe-rsa-with-aes-256-cbc-sha", "legacy: SHA-1 MAC", true},
		{"ecdhe-rsa-with-aes-128-cbc-sha", "legacy: SHA-1 MAC", true},
		{"dhe-rsa-with-aes-256-cbc-sha", "legacy: SHA-1 MAC", true},
		{"dhe-rsa-with-aes-128-cbc-sha", "legacy: SHA-1 MAC", true},
		{"rsa-with-aes-256-cbc-sha", "legacy: SHA-1 MAC", true},
		{"rsa-with-aes-128-cbc-sha", "legacy: SHA-1 MAC", true},
		{"ecdhe-rsa-with-3des-ede-cbc-sha", "weak: 3DES", true},
		{"dhe-rsa-with-3des-ede-cbc-sha", "weak: 3DES", true},
		{"rsa-with-3des-ede-cbc-sha", "weak: 3DES (Juniper's own REST example uses it; do not copy it)", true},
		{"ecdhe-rsa-with-rc4-128-sha", "broken: RC4", true},
		{"rsa-with-rc4-128-sha", "broken: RC4", true},
		{"rsa-with-rc4-128-md5", "broken: RC4 and MD5", true},
	}
}

// reenrollEntry returns the statements of one auto-re-enrollment
// `certificate-id` entry under the protocol proto ("scep", "cmpv2",
// "acme", or "" for the deprecated flat form).
func reenrollEntry(proto string) []*kwDoc {
	kids := []*kwDoc{
		kwLeaf("ca-profile-name", "The ca-profile of the CA that issues the renewed certificate. That profile must exist and have an `enrollment url`.").
			withRange("1–32 characters").withRefers(objCAProfile),
		kwLeaf("re-enroll-trigger-time-percentage", "Start re-enrollment when this percentage of the certificate's lifetime remains. An entry needs it or `re-enroll-time`: Junos 23.1R1 and later refuse the commit otherwise.").
			withRange("1–99 (percent)"),
		kwContainer("re-enroll-time", "When to start re-enrollment, as time before expiry; it wins over `re-enroll-trigger-time-percentage` when both are set.",
			kwLeaf("days", "Days before the certificate expires."),
			kwLeaf("hours", "Hours before the certificate expires."),
			kwLeaf("percent", "Percentage of the lifetime remaining (the documentation spells it `percentage`).").withRange("1–99"),
		),
		kwFlag("re-generate-keypair", "Generate a new key pair for the renewed certificate. Without it the renewed certificate keeps the old key."),
	}
	if proto == "scep" || proto == "" {
		kids = append(kids,
			kwLeaf("challenge-password", "The SCEP challenge password the CA expects. Junos stores it encrypted (`$9$…`); a clear-text value in a saved file leaks the secret."),
			kwLeaf("scep-encryption-algorithm", "Cipher that protects the SCEP request. Both choices are old; prefer CMPv2 or ACME enrollment where the CA supports them.").
				withValues(kwValue{"des3", "triple DES: the stronger of the two SCEP choices", false}, kwValue{"des", "single DES: broken, do not use", true}),
			kwLeaf("scep-digest-algorithm", "Hash used to sign the SCEP request. Both choices are weak; prefer CMPv2 or ACME enrollment where the CA supports them.").
				withValues(kwValue{"sha1", "SHA-1: the stronger of the two SCEP choices", false}, kwValue{"md5", "MD5: broken, do not use", true}),
		)
	}
	if proto == "acme" {
		kids = append(kids, kwLeaf("acme-key-id", "The ACME account key (`security pki acme-account-key`) used with the ACME server.").withRange("1–32 characters"))
	}
	if proto == "" {
		kids = append(kids,
			kwLeaf("ca-profile", "Older spelling of `ca-profile-name`, found in saved configurations of earlier releases.").withRefers(objCAProfile).asDeprecated(),
			kwLeaf("validity-period", "Requested validity of the renewed certificate.").withRange("1–4095 days").asDeprecated(),
		)
	} else {
		kids = append(kids, kwLeaf("ca-profile", "Older spelling of `ca-profile-name`, accepted for configurations saved by earlier releases.").withRefers(objCAProfile).asDeprecated())
	}
	return kids
}

// pkiTree returns the `security pki` subtree.
func pkiTree() *kwDoc {
	entry := func(proto string) *kwDoc {
		return kwList("certificate-id", "A local certificate that the device renews on its own before it expires. The name is the local certificate ID (1–32 characters), as in `request security pki local-certificate enroll … certificate-id ID`.",
			reenrollEntry(proto)...)
	}
	days := kwLeaf("days", "Send the trap this many days before the certificate expires.").withRange("1–100").withDefault("60")
	return kwContainer("pki", "Public key infrastructure: the CAs the device trusts, how it enrolls and renews its certificates, and how it checks revocation.",
		kwList("ca-profile", "A certificate authority the device trusts and enrolls with. The name is 1–32 characters without `/`, `%`, `.` or spaces. Load the CA certificate with `request security pki ca-certificate enroll ca-profile NAME` (SCEP) or `… ca-certificate load ca-profile NAME filename F`.",
			kwLeaf("ca-identity", "The CA's identifier, usually its domain name, sent in enrollment requests. The schema does not require it, but every Juniper example sets it.").withRef(stigCAPolicy),
			kwLeaf("source-address", "IPv4 or IPv6 source address for enrollment, CRL and OCSP traffic."),
			kwLeaf("proxy-profile", "HTTP proxy used to reach the CA; it must name a `services proxy profile`."),
			kwLeaf("routing-instance", "Routing instance through which the CA, CRL and OCSP servers are reached; it must exist under `routing-instances` (`mgmt_junos` when `system management-instance` is set).").withRefers(objRoutingInstance),
			kwContainer("enrollment", "How the device enrolls with this CA.",
				kwLeaf("url", "The CA's SCEP or CMPv2 URL (or ACME directory). Plain HTTP is normal here: enrollment messages are signed.").withRange("1–500 characters"),
				kwLeaf("retry", "How many times a failed enrollment is retried.").withRange("0–1080").withDefault("10 per the documentation; the 23.4/24.4 models say 1000"),
				kwLeaf("retry-interval", "Seconds between enrollment retries.").withRange("0–3600 seconds").withDefault("900 s per the documentation; the 23.4/24.4 models say 600 s"),
			),
			kwContainer("administrator", "Who is responsible for certificates from this CA.",
				kwLeaf("email-address", "Address the certificate requests are mailed to.").withRef(stigCAPolicy),
			),
			kwContainer("revocation-check", "How certificates issued by this CA are checked for revocation. CRL checking is the default method; without this statement revocation depends on the CRL distribution point each certificate names.",
				kwFlag("use-crl", "Check revocation with certificate revocation lists (the default method)."),
				kwFlag("use-ocsp", "Check revocation with OCSP (since 12.1X46-D20); OCSP is used only when this is set."),
				kwFlag("disable", "Turn revocation checking off: revoked certificates are accepted.").withRef(stigRevocation),
				kwContainer("crl", "Certificate revocation list settings.",
					kwContainer("disable", "Fail-open settings for CRL checking.",
						kwFlag("on-download-failure", "Accept certificates when the CRL cannot be downloaded (fail-open). Also needed to load a CRL by hand."),
					),
					kwList("url", "Where the CRL is fetched (HTTP or LDAP). Plain HTTP is normal: CRLs are signed.",
						kwLeaf("password", "Password for the CRL server; Junos stores it encrypted (`$9$…`)."),
					).withRange("1–500 characters"),
					kwLeaf("refresh-interval", "Hours between CRL downloads.").withRange("0–8784 hours").withDefault("unset or 0: the CRL's next-update time (12.3 documentation: 24 h)").withRef(stigCAPolicy+" (its fix text uses 24 h)"),
				),
				kwContainer("ocsp", "Online Certificate Status Protocol settings.",
					kwList("url", "An OCSP responder. Junos uses at most two, in order, then the URL in the certificate's AIA extension.").withRange("1–500 characters"),
					kwLeaf("nonce-payload", "Whether OCSP requests carry a nonce; with it, a response without the nonce fails the check.").
						withValues(kwValue{"enable", "send a nonce and require it back", false}, kwValue{"disable", "no nonce: responses can be replayed", true}).
						withDefault("enable (per the documentation)"),
					kwFlag("disable-responder-revocation-check", "Do not check whether the OCSP responder's own certificate is revoked."),
					kwFlag("accept-unknown-status", "Treat an \"unknown\" OCSP answer as good: weakens the check."),
					kwContainer("connection-failure", "What to do when no OCSP responder answers (by default the check fails).",
						kwFlag("fallback-crl", "Fall back to the CRL."),
						kwFlag("disable", "Skip the revocation check (fail-open)."),
					),
				),
			),
		),
		kwList("ca-profile-group", "A group of CA profiles loaded together. The name is 1–32 characters without `/`, `%`, `.` or spaces.",
			kwLeaf("cert-base-count", "Bookkeeping count for CA certificates loaded as a group.").withRange("0–2048"),
		),
		kwList("trusted-ca-group", "A named set of trusted CA profiles (1–63 characters).",
			kwLeafList("ca-profiles", "The CA profiles of the group; each must be a defined `ca-profile`.").withRange("at most 20 members").withRefers(objCAProfile),
		),
		kwContainer("default-trusted-ca-certs", "Juniper's bundle of well-known CA certificates.",
			kwContainer("automatic-download", "Download the bundle automatically.",
				kwFlag("deactivate", "Stop the automatic download."),
				kwContainer("interval", "How often to download.", kwLeaf("hours", "Hours between downloads.").withRange("0–336")),
				kwLeaf("url", "Where the bundle is downloaded from.").withRange("1–500 characters"),
				kwLeaf("routing-instance", "Routing instance used for the download; it must exist.").withRefers(objRoutingInstance),
			),
		),
		kwContainer("trap", "SNMP traps sent before certificates expire.",
			kwList("certificate-id", "Trap before this local certificate expires.", days),
			kwList("ca-identity", "Trap before the certificate of this CA expires; the name must be a defined `ca-profile`.", days).withRefers(objCAProfile),
			kwContainer("all-certificates", "Trap before any certificate expires.", days),
		),
		kwContainer("auto-re-enrollment", "Renew local certificates automatically before they expire, with SCEP, CMPv2 or ACME. The flat `certificate-id` form directly below is deprecated: use `scep certificate-id`.",
			kwContainer("scep", "Renewal with SCEP.", entry("scep")),
			kwContainer("cmpv2", "Renewal with CMPv2.", entry("cmpv2")),
			kwContainer("acme", "Renewal with ACME.", entry("acme")),
			kwList("certificate-id", "Deprecated flat form of `scep certificate-id`, kept for old configurations.", reenrollEntry("")...).asDeprecated(),
		),
		kwContainer("traceoptions", "Trace PKI operations to a file.",
			kwLeaf("file", "Trace file name (no `/`, `%` or spaces) with optional `size`, `files` (2–1000, default 3), `world-readable` and `match`."),
			kwLeaf("flag", "What to trace.").withValues(
				kwValue{"certificate-verification", "certificate checks", false},
				kwValue{"online-crl-check", "CRL downloads and checks", false},
				kwValue{"enrollment", "enrollment", false},
				kwValue{"acme-enrollment", "ACME enrollment", false},
				kwValue{"all", "everything", false},
			),
			kwFlag("no-remote-trace", "Do not send trace data to a remote trace server; needs `system tracing`."),
		),
		kwList("acme-account-key", "ACME account keys.",
			kwLeaf("acme-key-id", "The key pair used for the ACME account (`request security pki generate-key-pair acme-key-id K`)."),
		),
	)
}

// certificatesTree returns the legacy `security certificates` subtree.
func certificatesTree() *kwDoc {
	return kwContainer("certificates", "Legacy certificate settings, still in the schema. CIS discourages `local` certificates: their private key lives in the configuration file.",
		kwList("local", "A certificate with its private key written into the configuration.", kwLeaf("certificate", "The certificate and key text.")),
		kwLeaf("path-length", "Longest certificate chain accepted.").withRange("0–15").withDefault("15"),
		kwLeaf("maximum-certificates", "Most peer certificates cached.").withRange("64–4294967295").withDefault("1024"),
		kwLeaf("cache-size", "Memory for cached certificates, in bytes."),
		kwLeaf("cache-timeout-negative", "Seconds a failed certificate lookup is cached.").withRange("10 or more").withDefault("20"),
		kwLeaf("enrollment-retry", "How many times enrollment is retried.").withRange("0–1080"),
		kwList("certification-authority", "A CA in the legacy form.",
			kwLeaf("ca-name", "The CA's name."),
			kwLeaf("file", "File holding the CA certificate."),
			kwLeaf("crl", "File holding the CRL."),
			kwLeaf("enrollment-url", "The CA's enrollment URL."),
			kwLeaf("ldap-url", "The CA's LDAP URL."),
			kwLeaf("encoding", "Certificate encoding.").withValues(kwValue{"binary", "DER (the default)", false}, kwValue{"pem", "PEM", false}).withDefault("binary"),
		),
	)
}

// restTree returns the `system services rest` subtree.
func restTree() *kwDoc {
	mutual := kwContainer("mutual-authentication", "Require clients to present a certificate issued by a trusted CA (mutual TLS). It complements, and does not replace, password authentication.",
		kwLeaf("certificate-authority", "The `security pki ca-profile` whose CA must have issued the client certificates.").withRefers(objCAProfile).withRef(cisMutualAuth),
	).withRef(cisMutualAuth)
	addresses := kwLeafList("addresses", "Local IPv4 addresses the API listens on (IPv4 only in the 23.4R1 schema).")
	return kwContainer("rest", "The REST API. It is off until configured; the API Explorer stays off even then unless `enable-explorer` is set.",
		kwContainer("http", "Serve the API over plain HTTP: credentials travel in clear text.",
			kwLeaf("port", "TCP port for HTTP.").withRange("1024–65535").withDefault("3000"),
			addresses,
		).withRef("CIS Juniper OS Benchmark 6.10.5.1 (L1): REST is not served over HTTP"),
		kwContainer("https", "Serve the API over HTTPS.",
			kwLeaf("port", "TCP port for HTTPS.").withRange("1024–65535").withDefault("3443"),
			addresses,
			kwLeaf("server-certificate", "Local certificate ID (from the PKI store) the server presents; a CA-issued one, not self-signed.").
				withRef("CIS Juniper OS Benchmark 6.10.5.2 (L1) and 6.10.5.3 (L2): HTTPS with a PKI certificate"),
			kwLeaf("ca-chain", "Certificate authority chain profile sent with the server certificate."),
			kwLeafList("cipher-list", "TLS cipher suites accepted, in order of preference. Without it every suite is accepted, RC4 included (FIPS mode accepts only a GCM subset).").
				withValues(cipherValues()...).withRef(cisCiphers),
			mutual,
		),
		kwContainer("https-5g", "HTTPS service for 5G deployments.",
			kwLeaf("port", "TCP port.").withRange("1024–65535"),
			addresses,
			kwLeaf("server-certificate", "Local certificate ID the server presents."),
			mutual,
		),
		kwContainer("control", "Limits on API clients.",
			kwLeafList("allowed-sources", "Client IPv4 addresses allowed to use the API; restrict it to management hosts.").
				withRef("CIS Juniper OS Benchmark 6.10.5.8 (L1): allowed sources are set"),
			kwLeaf("connection-limit", "Most simultaneous API connections.").withDefault("64 (platform default, per CIS)").
				withRef("CIS Juniper OS Benchmark 6.10.5.9 (L1): a connection limit is set (it suggests 10)"),
		),
		kwContainer("traceoptions", "Trace the REST service.",
			kwLeaf("flag", "What to trace (one value).").withValues(
				kwValue{"lighttpd", "the web server", false}, kwValue{"juise", "the script engine", false}, kwValue{"all", "everything", false}),
		),
		kwFlag("enable-explorer", "Serve the REST API Explorer, a development tool that adds attack surface.").
			withRef("CIS Juniper OS Benchmark 6.10.5.7 (L1): the Explorer is not enabled"),
		kwLeaf("routing-instance", "Routing instance the API is served in.").withRefers(objRoutingInstance),
	).withRef("CIS Juniper OS Benchmark 6.10.5 (REST API)")
}

// webManagementTree returns the part of `system services web-management`
// that holds TLS settings.
func webManagementTree() *kwDoc {
	return kwContainer("web-management", "J-Web, the device's web interface.",
		kwContainer("https", "Serve J-Web over HTTPS.",
			kwLeaf("port", "TCP port.").withRange("1–65535").withDefault("443"),
			kwLeaf("local-certificate", "A legacy `security certificates local` certificate, whose private key sits in the configuration.").
				withRef("CIS Juniper OS Benchmark 6.10.2.3 (L2): use a PKI certificate"),
			kwLeaf("pki-local-certificate", "Local certificate ID from the PKI store (the CIS recommendation).").
				withRef("CIS Juniper OS Benchmark 6.10.2.2 (L1) and 6.10.2.3 (L2)"),
			kwFlag("system-generated-certificate", "A self-signed certificate the device generates.").
				withRef("CIS Juniper OS Benchmark 6.10.2.3 (L2): use a PKI certificate instead"),
			kwLeafList("interface", "Interfaces J-Web is served on."),
			kwList("virtual-domain", "A virtual domain served with its own certificate.",
				kwLeaf("pki-local-certificate", "Local certificate ID for this domain."),
				kwContainer("mtls", "Mutual TLS for this domain.",
					kwLeaf("port", "TCP port.").withRange("1024–65535"),
					kwLeaf("ca-profile", "The `security pki ca-profile` that issues client certificates.").withRefers(objCAProfile),
					kwLeaf("firewall-authentication-profile", "Access profile for firewall authentication.").withRange("at most 10"),
				),
			),
		),
		kwContainer("session", "J-Web sessions.",
			kwLeaf("idle-timeout", "Minutes before an idle session ends.").withRange("1–1440 minutes").withDefault("30"),
			kwLeaf("session-limit", "Most simultaneous sessions.").withRange("1–1024"),
		),
		kwContainer("control", "J-Web process limits.",
			kwLeaf("max-threads", "Most worker threads.").withRange("0–16").withDefault("5"),
		),
	).asPartial()
}

// topLevelKeywords returns the Junos top-level statements, for completion
// at the root of the configuration.
func topLevelKeywords() []string {
	return []string{"access", "access-profile", "accounting-options", "applications", "apply-groups",
		"bridge-domains", "chassis", "class-of-service", "event-options", "firewall",
		"forwarding-options", "groups", "interfaces", "logical-systems", "multi-chassis",
		"policy-options", "poe", "protocols", "routing-instances", "routing-options",
		"security", "services", "snmp", "switch-options", "system", "tenants",
		"version", "virtual-chassis", "vlans"}
}

// keywordTree returns the whole tree, from the configuration root.
func keywordTree() *kwDoc {
	root := kwContainer("", "").asPartial()
	for _, name := range topLevelKeywords() {
		var k *kwDoc
		switch name {
		case "security":
			k = kwContainer(name, "Security settings.", pkiTree(), certificatesTree()).asPartial()
		case "system":
			k = kwContainer(name, "System settings.",
				kwContainer("services", "Management services the device runs.", restTree(), webManagementTree()).asPartial(),
			).asPartial()
		case "apply-groups":
			k = kwLeafList(name, "Configuration groups whose statements this level inherits, in priority order.").withRefers(objGroup)
		case "version":
			k = kwLeaf(name, "The Junos release that wrote the configuration.")
		default:
			k = kwContainer(name, "").asPartial()
		}
		root.children = append(root.children, k)
	}
	return root
}

// walkState says what the last word of a path was.
type walkState int

// The walk states.
const (
	walkUnknown walkState = iota // the path leaves the tree
	walkKeyword                  // the last word is the keyword itself
	walkName                     // the last word names an entry of a list keyword
	walkValue                    // the last word is a value of a leaf or leaf-list
)

// walkKeywords follows path (configuration words, values unquoted, without
// a `groups NAME` prefix) down the tree and returns the keyword the last
// word belongs to and what the last word is. An empty path returns the root
// as a keyword.
func walkKeywords(root *kwDoc, path []string) (*kwDoc, walkState) {
	cur, st := root, walkKeyword
	for i := 0; i < len(path); i++ {
		w := path[i]
		switch {
		case st == walkKeyword && cur.shape == shapeList:
			st = walkName // the entry's name
		case st == walkKeyword && (cur.shape == shapeLeaf || cur.shape == shapeLeafList):
			st = walkValue
		case st == walkValue && cur.shape == shapeLeafList:
			// another member
		case st == walkValue || st == walkKeyword && cur.shape == shapeFlag:
			return nil, walkUnknown
		default: // a keyword below a container or a named entry
			c := cur.child(w)
			if c == nil {
				return nil, walkUnknown
			}
			cur, st = c, walkKeyword
		}
	}
	return cur, st
}

// markdown renders the keyword's documentation. path is the statement's
// configuration path as the user wrote it, value the value under the cursor
// (or "").
func (k *kwDoc) markdown(path []string, value string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**", k.name)
	if k.deprecated {
		b.WriteString(" *(deprecated)*")
	}
	if len(path) > 0 {
		fmt.Fprintf(&b, " — `%s`", strings.Join(path, " "))
	}
	b.WriteString("\n\n")
	b.WriteString(k.text)
	var facts []string
	if k.rng != "" {
		facts = append(facts, "Range: "+k.rng)
	}
	if k.dflt != "" {
		facts = append(facts, "Default: "+k.dflt)
	}
	if k.refers != 0 {
		facts = append(facts, "Names a "+k.refers.String())
	}
	if len(facts) > 0 {
		b.WriteString("\n\n" + strings.Join(facts, " · "))
	}
	if value != "" {
		if v := k.value(value); v != nil {
			fmt.Fprintf(&b, "\n\n`%s`: %s", v.name, v.text)
		}
	}
	if len(k.values) > 0 && value == "" {
		var names []string
		for _, v := range k.values {
			names = append(names, "`"+v.name+"`")
		}
		if len(names) <= 8 {
			b.WriteString("\n\nValues: " + strings.Join(names, ", "))
		}
	}
	if k.ref != "" {
		b.WriteString("\n\n" + k.ref)
	}
	return b.String()
}
