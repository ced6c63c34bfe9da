package dev.minuku.reports.testsupport;

import dev.minuku.reports.service.CommunityCounts;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct access to the report tables for tests: cleaning, dumping, counting, backdating. */
@ApplicationScoped
public class ReportsDb {

    public static final List<String> TABLES = List.of("report", "domain_reporter", "domain_counter", "report_day");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CommunityCounts counts;

    /** Empties every report table and the /analyze cache, so each test owns its data. */
    public void clean() {
        update("truncate " + String.join(", ", TABLES));
        counts.forgetAll();
    }

    /** Every row of every table of the schema, as text (row literals), one per line. */
    public String dumpAll() {
        StringBuilder out = new StringBuilder();
        for (String table : query("select tablename from pg_tables where schemaname = current_schema()")) {
            out.append("== ").append(table).append('\n');
            for (String row : query("select t::text from \"" + table + "\" t")) {
                out.append(row).append('\n');
            }
        }
        return out.toString();
    }

    public long count(String sql, Object... args) {
        List<String> rows = query(sql, args);
        return rows.isEmpty() || rows.get(0) == null ? 0 : Long.parseLong(rows.get(0));
    }

    /** First column of every row, as text. */
    public List<String> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements in one transaction. */
    public void inTransaction(String... statements) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
