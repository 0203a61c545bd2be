package org.skillscope.api.service;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.skillscope.core.results.DatabaseAccess;
import org.skillscope.core.results.ResultsException;

import java.io.IOException;
import java.io.Reader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Read-only access to the results database (H2 or PostgreSQL) through Jdbi, with parameterised SQL only
 * (no string-built values, so injection strings are just data). {@link #query}/{@link #each} give rows as
 * maps keyed by camelCase column names, the one way rows are read: services reshape some (growth columns
 * folded into one object, JSON text parsed) and convert them to their answer records with {@link Json#row}.
 * H2 gets a connection pool (opening an embedded file database per request would dominate latency);
 * other JDBC URLs use the driver manager.
 */
public final class Database implements AutoCloseable {
    private final String url;
    private final Jdbi jdbi;
    private JdbcConnectionPool pool; // opened on first use: its login may create the password file

    public Database(String jdbcUrl) {
        this.url = jdbcUrl;
        this.jdbi = Jdbi.create(this::connect);
    }

    public String url() {
        return url;
    }

    private Connection connect() throws SQLException {
        if (!url.startsWith("jdbc:h2:")) return DatabaseAccess.open(url);
        return pool().getConnection();
    }

    private synchronized JdbcConnectionPool pool() {
        if (pool == null) {
            DatabaseAccess.Login login = DatabaseAccess.login(url);
            pool = JdbcConnectionPool.create(url, login.user(), login.password());
            pool.setMaxConnections(16);
        }
        return pool;
    }

    public List<Map<String, Object>> query(String sql, Object... params) {
        List<Map<String, Object>> out = new ArrayList<>();
        each(sql, out::add, params);
        return out;
    }

    /**
     * Hands each row of {@code sql} to {@code row} as it is read, never holding the whole answer: what a
     * CSV download of a whole list streams from.
     */
    public void each(String sql, Consumer<Map<String, Object>> row, Object... params) {
        read(h -> {
            query(h, sql, params).map(Database::asMap).forEach(row);
            return null;
        });
    }

    public long count(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    private <T> T read(HandleCallback<T, SQLException> work) {
        try (Handle h = jdbi.open()) {
            h.getConnection().setReadOnly(true);
            return work.withHandle(h);
        } catch (SQLException | JdbiException e) {
            throw new ResultsException("cannot read the results database: " + e.getMessage(), e);
        }
    }

    private static Query query(Handle h, String sql, Object... params) {
        Query q = h.createQuery(sql).setFetchSize(500);
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            q.bind(i, (Argument) (position, statement, ctx) -> statement.setObject(position, value)); // as the driver takes it
        }
        return q;
    }

    private static Map<String, Object> asMap(ResultSet rs, StatementContext ctx) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) r.put(camel(md.getColumnLabel(i)), value(rs.getObject(i)));
        return r;
    }

    private static Object value(Object v) throws SQLException {
        if (v instanceof Clob clob) {
            try (Reader r = clob.getCharacterStream()) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
                return sb.toString();
            } catch (IOException e) {
                throw new SQLException("cannot read CLOB", e);
            }
        }
        if (v instanceof java.math.BigDecimal d) return d.doubleValue();
        if (v instanceof java.sql.Timestamp t) return t.toInstant().toString();
        return v;
    }

    /** credential_id -> credentialId (H2 reports labels in upper case, PostgreSQL in lower case). */
    static String camel(String column) {
        String s = column.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : s.toCharArray()) {
            if (ch == '_') { up = true; continue; }
            sb.append(up ? Character.toUpperCase(ch) : ch);
            up = false;
        }
        return sb.toString();
    }

    /** A LIKE pattern for "contains", with the wildcards of the input escaped (use with ESCAPE '!'). */
    public static String contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public synchronized void close() {
        if (pool != null) pool.dispose();
    }
}
