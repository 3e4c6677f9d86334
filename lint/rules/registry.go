package rules

import "github.com/junoslint/junoslint/lint"

// All returns every rule, sorted by code. Each call returns fresh values, so
// callers may change them without affecting other callers.
func All() []*lint.Rule {
	return []*lint.Rule{
		ReenrollTriggerMissing(),       // PKI001
		ScepWeakDigest(),               // PKI002
		ScepWeakEncryption(),           // PKI003
		RevocationCheckMissing(),       // PKI004
		RevocationCheckDisabled(),      // PKI005
		RevocationFailOpen(),           // PKI006
		UndefinedCAProfile(),           // PKI007
		EnrollmentURLMissing(),         // PKI008
		ValueOutOfRange(),              // PKI009
		CAIdentityMissing(),            // PKI010
		ReenrollKeypairReuse(),         // PKI011
		ReenrollTriggerRedundant(),     // PKI012
		CleartextSecret(),              // PKI013
		DeprecatedReenrollSyntax(),     // PKI014
		UndefinedProxyProfile(),        // PKI015
		UndefinedRoutingInstance(),     // PKI016
		InvalidProfileName(),           // PKI017
		TooManyOCSPURLs(),              // PKI018
		UndefinedGroup(),               // REF001
		RestHTTPSNoMutualAuth(),        // REST001
		RestHTTPEnabled(),              // REST002
		RestHTTPSNoServerCertificate(), // REST003
		RestCipherListMissing(),        // REST004
		RestWeakCipher(),               // REST005
		RestExplorerEnabled(),          // REST006
		RestNoAllowedSources(),         // REST007
		RestNoConnectionLimit(),        // REST008
		RestMutualAuthBareProfile(),    // REST009
		UnusedSuppression(),            // SUP001
		SyntaxError(),                  // SYN001
	}
}
