package org.ltcare.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeyFileTest {

    private static Properties read(Path file) throws Exception {
        Properties keys = new Properties();
        keys.load(new StringReader(Files.readString(file)));
        return keys;
    }

    @Test
    void theFirstStartCreatesAnOwnerOnlyFileWithAKeyAndAnIndexKeyAndLaterStartsKeepIt(@TempDir Path dir)
            throws Exception {
        DataKeyFile file = new DataKeyFile(dir.resolve("data").resolve(DataKeyFile.DEFAULT_NAME));
        assertThat(file.ensure()).isTrue();
        Properties keys = read(file.file());

        assertThat(keys.getProperty("current")).isEqualTo("k1");
        assertThat(Base64.getDecoder().decode(keys.getProperty("key.k1"))).hasSize(32);
        assertThat(Base64.getDecoder().decode(keys.getProperty("index"))).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
        assertThat(file.ensure()).isFalse();
        assertThat(read(file.file())).isEqualTo(keys);
    }

    @Test
    void rotationAddsANewCurrentKeyAndKeepsEveryOldOneAndTheIndexKey(@TempDir Path dir) throws Exception {
        DataKeyFile file = new DataKeyFile(dir.resolve(DataKeyFile.DEFAULT_NAME));
        file.ensure();
        Properties before = read(file.file());

        assertThat(file.rotate()).isEqualTo("k2");
        assertThat(file.rotate()).isEqualTo("k3");
        Properties after = read(file.file());

        assertThat(after.getProperty("current")).isEqualTo("k3");
        assertThat(after.getProperty("key.k1")).isEqualTo(before.getProperty("key.k1"));
        assertThat(after.getProperty("index")).isEqualTo(before.getProperty("index"));
        assertThat(after.getProperty("key.k2")).isNotEqualTo(after.getProperty("key.k3"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
    }

    @Test
    void rotatingWithoutAKeyFileSaysSoAndCreatesNothing(@TempDir Path dir) {
        DataKeyFile file = new DataKeyFile(dir.resolve("missing.properties"));
        assertThatThrownBy(file::rotate).hasMessageContaining("no data key file");
        assertThat(Files.exists(file.file())).isFalse();
    }
}
