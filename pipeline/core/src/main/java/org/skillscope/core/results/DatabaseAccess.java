package org.skillscope.core.results;

import org.skillscope.datasets.SecretFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * How the job and the API open the results database, in one place.
 *
 * <p>An H2 file is shared by the job and {@code serve} through H2's AUTO_SERVER: the first process
 * to open it serves it to the other over TCP. That server is bound to 127.0.0.1 (H2's
 * {@code h2.bindAddress}, set here before H2 loads; without it H2 listens on every interface), and
 * the database has a generated password kept beside it in {@code <database>.password} (0600, created
 * on first use; a database made before it had none and gets it then), so neither another host nor
 * another local user gets a session. {@code SKILLSCOPE_DB_USER} and {@code SKILLSCOPE_DB_PASSWORD}
 * override the login (e.g. for an H2 server elsewhere); other H2 URLs (in-memory, TCP) use them or
 * {@code sa} with no password. A PostgreSQL URL ({@code jdbc:postgresql://HOST:PORT/DB}) takes its login
 * from those two variables, else from the URL ({@code ?user=...&password=...}) or the driver's defaults
 * (the system user, ~/.pgpass). See docs/security.md.
 */
public final class DatabaseAccess {
    static final String BIND_ADDRESS = "h2.bindAddress";
    private static final int WRONG_USER_OR_PASSWORD = 28000; // org.h2.api.ErrorCode: core does not compile against H2

    static {
        // a property, not I/O: H2 reads it once, when its SysProperties class loads on the first connection
        if (System.getProperty(BIND_ADDRESS) == null) System.setProperty(BIND_ADDRESS, "127.0.0.1");
    }

    private DatabaseAccess() {}

    /** User and password for a JDBC URL; null where the URL or the driver's defaults decide. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[user=" + user + "]"; // never the password in a log line
        }
    }

    /** A connection to {@code jdbcUrl} with its login. */
    public static Connection open(String jdbcUrl) throws SQLException {
        Login login = login(jdbcUrl);
        Properties props = new Properties();
        if (login.user() != null) props.setProperty("user", login.user());
        if (login.password() != null) props.setProperty("password", login.password());
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /**
     * The login for {@code jdbcUrl}: the environment's if set, else for a local H2 file the generated
     * password beside it (created, and set on a database that had none, on first use).
     */
    public static Login login(String jdbcUrl) {
        checkLoopback(jdbcUrl);
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        String user = System.getenv().getOrDefault("SKILLSCOPE_DB_USER", h2 ? "sa" : null);
        String env = System.getenv("SKILLSCOPE_DB_PASSWORD");
        if (env != null || !h2) return new Login(user, env);
        Path db = localFile(jdbcUrl);
        if (db == null) return new Login(user, "");
        Path file = passwordFile(db);
        boolean existed = Files.exists(db.resolveSibling(db.getFileName() + ".mv.db"));
        SecretFiles.Secret secret;
        try {
            secret = SecretFiles.readOrCreate(file);
        } catch (IOException e) {
            throw new ResultsException("cannot read or create the database password file " + file + ": " + e.getMessage(), e);
        }
        Login login = new Login(user, secret.value());
        if (secret.created() && existed) adopt(jdbcUrl, login, file);
        return login;
    }

    /** {@code jdbcUrl} fit for a message or a log line: a password given in it is masked. */
    public static String redact(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** {@code <database>.password} beside the database's files. */
    public static Path passwordFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".password");
    }

    /**
     * The database path of a local H2 file URL ({@code jdbc:h2:file:/x/db;...}, {@code jdbc:h2:~/db},
     * {@code jdbc:h2:./db}); null for in-memory, TCP and other URLs.
     */
    static Path localFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) return null;
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        if (semi >= 0) rest = rest.substring(0, semi);
        if (rest.startsWith("file:")) rest = rest.substring("file:".length());
        else if (rest.matches("(?s)[A-Za-z]{2,}:.*")) return null; // mem:, tcp:, ssl:, zip:, ... (C:\ is a path)
        if (rest.startsWith("~")) rest = System.getProperty("user.home") + rest.substring(1);
        return Path.of(rest).toAbsolutePath().normalize();
    }

    /**
     * H2 reads its bind address once: if it loaded before this class (another library opened a
     * database first), its AUTO_SERVER would listen on every interface. Refuse rather than open it.
     */
    private static void checkLoopback(String jdbcUrl) {
        if (!jdbcUrl.toUpperCase(Locale.ROOT).replace(" ", "").contains("AUTO_SERVER=TRUE")) return;
        String bound;
        try {
            bound = (String) Class.forName("org.h2.engine.SysProperties").getField("BIND_ADDRESS").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return; // not H2's usual layout: nothing to check
        }
        if (bound == null || !(bound.equals("127.0.0.1") || bound.equals("localhost") || bound.equals("::1"))) {
            throw new ResultsException("H2 would serve " + jdbcUrl + " on " + (bound == null ? "every interface" : bound)
                    + " (it was loaded before SkillScope set h2.bindAddress): start the JVM with -Dh2.bindAddress=127.0.0.1", null);
        }
    }

    /** A database made before passwords: opened with the empty one, and given {@code login}'s. */
    private static void adopt(String jdbcUrl, Login login, Path file) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, login.user(), login.password())) {
            return; // already has it
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) return; // the caller's own connect reports other problems
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, login.user(), ""); Statement st = c.createStatement()) {
            // the password is base64url: no quote to escape
            st.execute("ALTER USER \"" + login.user().toUpperCase(Locale.ROOT).replace("\"", "\"\"") + "\" SET PASSWORD '" + login.password() + "'");
        } catch (SQLException e) {
            try {
                Files.deleteIfExists(file); // not this database's password
            } catch (IOException ignored) {
                // the message below says what to do either way
            }
            throw new ResultsException("the results database " + jdbcUrl + " has a password that is not in " + file
                    + ": set SKILLSCOPE_DB_PASSWORD, or put it in that file", e);
        }
    }
}
