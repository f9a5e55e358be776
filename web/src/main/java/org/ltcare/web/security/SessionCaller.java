package org.ltcare.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in to the pages in this session: kept in the session, never read for the API. */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "org.ltcare.caller";
}
