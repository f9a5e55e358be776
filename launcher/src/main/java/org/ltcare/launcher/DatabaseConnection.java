package org.ltcare.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection WildFly's datasource is given, as the {@code MYSQL_*} variables the
 * datasource galleon pack reads.
 */
public record DatabaseConnection(String url, String user, String password) {

    static final String DATABASE = "ltcare";

    /** The application's own account on the embedded MariaDB (all privileges on its database only). */
    static final String APP_USER = "ltcare";

    /**
     * The embedded MariaDB as the application's account with the password {@link DatabaseSecret}
     * keeps. {@code nullCatalogMeansCurrent} keeps the process engine from seeing another schema's
     * tables; {@code rewriteBatchedStatements} makes JDBC batches fast; {@code useLocalSessionState} keeps the
     * driver from asking the server for the session's read-only and autocommit state at every transaction (half the
     * statements of a workflow step were {@code SELECT @@session.transaction_read_only}, issue 23); {@code
     * cachePrepStmts} keeps each connection's parse of a statement's SQL (the parse was a third of an API request's
     * time); {@code sslMode=DISABLED}: the embedded server listens on the loopback interface only, where TLS protects
     * nothing and cost every round trip its encryption (MariaDB 11.4 offers TLS by default and the driver took it).
     * An external database's URL ({@code MYSQL_URL}) says for itself how to reach it.
     */
    public static DatabaseConnection embedded(int port, String password) {
        String url = "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?nullCatalogMeansCurrent=true&rewriteBatchedStatements=true&useLocalSessionState=true"
                + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=8192"
                + "&useUnicode=true&characterEncoding=UTF-8&sslMode=DISABLED";
        return new DatabaseConnection(url, APP_USER, password);
    }

    /** Whether the URL asks for a connection without TLS ({@code sslMode=DISABLED}, as the embedded server's). */
    public boolean withoutTls() {
        int query = url.indexOf('?');
        return query >= 0 && java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .anyMatch(option -> option.equalsIgnoreCase("sslMode=DISABLED"));
    }

    /** The host of the JDBC URL ({@code jdbc:mysql://host:port/database?…}). */
    public String host() {
        String authority = authority();
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    public int port() {
        String authority = authority();
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? 3306 : Integer.parseInt(authority.substring(colon + 1));
    }

    public String database() {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("the database URL names no database: " + url);
        }
        String path = rest.substring(slash + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The same server without a database (to create or drop one). */
    public String serverUrl() {
        return url.substring(0, url.indexOf("//") + 2) + authority() + "/";
    }

    /** The same server and account on another database. */
    public DatabaseConnection withDatabase(String database) {
        String query = url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?'));
        return new DatabaseConnection(serverUrl() + database + query, user, password);
    }

    private String authority() {
        String rest = url.substring(url.indexOf("//") + 2);
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }

    public Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MYSQL_URL", url);
        env.put("MYSQL_USER", user);
        env.put("MYSQL_PASSWORD", password);
        return env;
    }
}
