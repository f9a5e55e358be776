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
     * tables; {@code rewriteBatchedStatements} makes JDBC batches fast.
     */
    public static DatabaseConnection embedded(int port, String password) {
        String url = "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?nullCatalogMeansCurrent=true&rewriteBatchedStatements=true"
                + "&useUnicode=true&characterEncoding=UTF-8";
        return new DatabaseConnection(url, APP_USER, password);
    }

    public Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MYSQL_URL", url);
        env.put("MYSQL_USER", user);
        env.put("MYSQL_PASSWORD", password);
        return env;
    }
}
