package org.skillscope.core.results;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The results database's login: a generated password beside an H2 file, so an empty one opens nothing. */
class DatabaseAccessTest {
    @BeforeAll
    static void loadFirst() {
        // as in the CLI: DatabaseAccess sets H2's bind address before H2 loads
        assertNull(DatabaseAccess.localFile("jdbc:h2:mem:x"));
    }

    @Test
    void aNewFileDatabaseGetsAGeneratedPasswordInAnOwnerOnlyFile(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("data/results");
        String url = "jdbc:h2:file:" + dir.resolve("skillscope") + ";AUTO_SERVER=TRUE";
        int version = new ResultsStore(url).migrate();
        Path file = dir.resolve("skillscope.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.getParent())));
        String password = Files.readString(file).strip();
        assertEquals(32, password.length());
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close());
        assertEquals(28000, e.getErrorCode(), e.getMessage());
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            assertEquals(version, new ResultsStore(url).migrate()); // the store logs in with the file's password too
        }
    }

    @Test
    void aDatabaseMadeWithoutAPasswordIsGivenOneOnFirstUse(@TempDir Path tmp) throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("old");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept (x INT)");
            st.execute("INSERT INTO kept VALUES (7)");
        }
        try (Connection c = new ResultsStore(url).connect(); Statement st = c.createStatement(); var rs = st.executeQuery("SELECT x FROM kept")) {
            rs.next();
            assertEquals(7, rs.getInt(1));
        }
        assertEquals(28000, assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close()).getErrorCode());
    }

    @Test
    void onlyLocalH2FileUrlsHaveAPasswordFile() {
        assertEquals(Path.of("/x/db"), DatabaseAccess.localFile("jdbc:h2:file:/x/db;AUTO_SERVER=TRUE"));
        assertEquals(Path.of("/x/db"), DatabaseAccess.localFile("jdbc:h2:/x/y/../db"));
        assertEquals(Path.of(System.getProperty("user.home"), "db"), DatabaseAccess.localFile("jdbc:h2:~/db"));
        assertNull(DatabaseAccess.localFile("jdbc:h2:mem:abc;DB_CLOSE_DELAY=-1"));
        assertNull(DatabaseAccess.localFile("jdbc:h2:tcp://dbhost/~/skillscope"));
        assertNull(DatabaseAccess.localFile("jdbc:postgresql://x/y"));
    }

    @Test
    void aPostgresqlUrlTakesItsLoginFromTheEnvironmentOrItselfNeverH2sDefault() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SKILLSCOPE_DB_USER") == null && System.getenv("SKILLSCOPE_DB_PASSWORD") == null,
                "SKILLSCOPE_DB_USER/PASSWORD are set here");
        assertEquals(new DatabaseAccess.Login(null, null), DatabaseAccess.login("jdbc:postgresql://127.0.0.1:5432/db?user=u"));
        assertEquals(new DatabaseAccess.Login("sa", ""), DatabaseAccess.login("jdbc:h2:mem:x"));
    }

    @Test
    void aPasswordInAUrlIsMaskedInMessages() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                DatabaseAccess.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
        assertEquals("jdbc:h2:tcp://h/~/db;PASSWORD=***;X=1", DatabaseAccess.redact("jdbc:h2:tcp://h/~/db;PASSWORD=s3cret;X=1"));
    }
}
