package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    private static final Path REPO = Path.of("/home/dev/ltcare");

    @Test
    void defaultsAreUnderTheRepositoryAndOutsideTarget() {
        Settings settings = Settings.from(Map.of(), REPO);

        assertThat(settings.dataDir()).isEqualTo(REPO.resolve("data"));
        assertThat(settings.mariadbDataDir()).isEqualTo(REPO.resolve("data/mariadb"));
        assertThat(settings.mariadbBaseDir()).isEqualTo(REPO.resolve("data/mariadb-base"));
        assertThat(settings.tmpDir()).isEqualTo(REPO.resolve("data/tmp"));
        assertThat(settings.wildflyPidFile()).isEqualTo(REPO.resolve("data/wildfly.pid"));
        assertThat(settings.dbPort()).isEqualTo(3307);
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.serverHome()).isEqualTo(REPO.resolve("web/target/server"));
        assertThat(settings.standaloneScript()).isEqualTo(REPO.resolve("web/target/server/bin/standalone.sh"));
        assertThat(settings.demoLoginsFile())
                .isEqualTo(REPO.resolve("ejb/src/main/resources/demo/demo-logins.txt"));
        assertThat(settings.usesExternalDatabase()).isFalse();
    }

    @Test
    void environmentOverridesEveryDefault() {
        Settings settings = Settings.from(Map.of(
                "LTC_DATA_DIR", "/var/lib/ltcare",
                "LTC_DB_PORT", "3400",
                "LTC_HTTP_PORT", "9080",
                "LTC_SERVER_HOME", "/opt/wildfly",
                "MYSQL_URL", "jdbc:mysql://db.example:3306/ltcare"), REPO);

        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/ltcare"));
        assertThat(settings.mariadbDataDir()).isEqualTo(Path.of("/var/lib/ltcare/mariadb"));
        assertThat(settings.dbPort()).isEqualTo(3400);
        assertThat(settings.httpPort()).isEqualTo(9080);
        assertThat(settings.serverHome()).isEqualTo(Path.of("/opt/wildfly"));
        assertThat(settings.usesExternalDatabase()).isTrue();
        assertThat(settings.externalMysqlUrl()).isEqualTo("jdbc:mysql://db.example:3306/ltcare");
    }

    @Test
    void relativePathsAreResolvedAgainstTheRepository() {
        Settings settings = Settings.from(Map.of("LTC_DATA_DIR", "../ltc-data", "LTC_SERVER_HOME", "srv"), REPO);

        assertThat(settings.dataDir()).isEqualTo(Path.of("/home/dev/ltc-data"));
        assertThat(settings.serverHome()).isEqualTo(REPO.resolve("srv"));
    }

    @Test
    void blankValuesCountAsUnset() {
        Settings settings = Settings.from(Map.of(
                "LTC_DATA_DIR", "", "LTC_DB_PORT", " ", "LTC_HTTP_PORT", "", "MYSQL_URL", "  "), REPO);

        assertThat(settings.dataDir()).isEqualTo(REPO.resolve("data"));
        assertThat(settings.dbPort()).isEqualTo(3307);
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.usesExternalDatabase()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "65536", "-1", "80.5"})
    void aBadPortNamesTheVariable(String value) {
        assertThatThrownBy(() -> Settings.from(Map.of("LTC_HTTP_PORT", value), REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LTC_HTTP_PORT")
                .hasMessageContaining(value);
    }
}
