package org.ltcare.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a page login: the code typed (TOTP or recovery code) and the address it came from. */
record SecondFactorCredential(String code, String client) implements Credential {
}
