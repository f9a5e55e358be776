package org.ltcare.web.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password with the address they came from, for the login's security event. */
class ClientCredential extends UsernamePasswordCredential {

    private final String client;
    private final boolean interactive;

    /** {@code interactive}: typed on the login page (not an API request's HTTP Basic). */
    ClientCredential(String username, Password password, String client, boolean interactive) {
        super(username, password);
        this.client = client;
        this.interactive = interactive;
    }

    String client() {
        return client;
    }

    boolean interactive() {
        return interactive;
    }
}
