package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class DatabaseConnectionTest {

    @Test
    void embeddedUrlPointsAtTheLtcareSchemaOnTheGivenPortWithTheRequiredOptions() {
        DatabaseConnection connection = DatabaseConnection.embedded(3307, "secret");

        assertThat(connection.url()).isEqualTo("jdbc:mysql://127.0.0.1:3307/ltcare"
                + "?nullCatalogMeansCurrent=true&rewriteBatchedStatements=true&useLocalSessionState=true"
                + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=8192"
                + "&useUnicode=true&characterEncoding=UTF-8&sslMode=DISABLED");
    }

    @Test
    void theEmbeddedServerIsReachedWithoutTlsAndItsClientProgramsAreToldSoAnExternalOneKeepsItsDefaults() {
        DatabaseConnection embedded = DatabaseConnection.embedded(3307, "secret");
        DatabaseConnection external = new DatabaseConnection("jdbc:mysql://db:3306/ltcare?sslMode=VERIFY_IDENTITY",
                "u", "p");

        assertThat(embedded.withoutTls()).isTrue();
        assertThat(external.withoutTls()).isFalse();
        assertThat(new DatabaseConnection("jdbc:mysql://db/ltcare", "u", "p").withoutTls()).isFalse();
        assertThat(DatabaseBackup.optionsText(embedded)).startsWith("[client]\nhost=127.0.0.1\nport=3307\n")
                .endsWith("[client-mariadb]\nskip-ssl\n");
        assertThat(DatabaseBackup.optionsText(external)).doesNotContain("ssl");
    }

    @Test
    void embeddedUsesTheApplicationsAccountWithTheGivenPasswordNotRoot() {
        DatabaseConnection connection = DatabaseConnection.embedded(4000, "kept-secret");

        assertThat(connection.url()).startsWith("jdbc:mysql://127.0.0.1:4000/ltcare?");
        assertThat(connection.user()).isEqualTo("ltcare");
        assertThat(connection.password()).isEqualTo("kept-secret");
    }

    @Test
    void becomesTheVariablesTheDatasourceReads() {
        DatabaseConnection connection = new DatabaseConnection("jdbc:mysql://h/db", "u", "p");

        assertThat(connection.asEnvironment()).containsOnly(
                entry("MYSQL_URL", "jdbc:mysql://h/db"),
                entry("MYSQL_USER", "u"),
                entry("MYSQL_PASSWORD", "p"));
    }

    @Test
    void theClientProgramsGetHostPortAndDatabaseFromTheUrlAndAnotherDatabaseKeepsTheOptions() {
        DatabaseConnection external = new DatabaseConnection(
                "jdbc:mysql://db.example:3310/ltcare?nullCatalogMeansCurrent=true", "app", "pw");
        assertThat(external.host()).isEqualTo("db.example");
        assertThat(external.port()).isEqualTo(3310);
        assertThat(external.database()).isEqualTo("ltcare");
        assertThat(external.serverUrl()).isEqualTo("jdbc:mysql://db.example:3310/");
        assertThat(external.withDatabase("ltcare_restore").url())
                .isEqualTo("jdbc:mysql://db.example:3310/ltcare_restore?nullCatalogMeansCurrent=true");
        assertThat(new DatabaseConnection("jdbc:mysql://db/ltcare", "app", "pw").port()).isEqualTo(3306);
    }
}
