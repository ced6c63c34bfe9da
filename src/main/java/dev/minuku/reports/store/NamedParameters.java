package dev.minuku.reports.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A statement written with {@code :name} parameters, as JDBC takes it: each
 * {@code :name} becomes {@code ?}, and the names are kept in order so that one
 * value given by name is bound at every place it is used. Text in single quotes
 * ({@code 'a:b'}, {@code E'\n'}), double-quoted names and {@code ::} casts are
 * left alone.
 *
 * @param sql   the statement with {@code ?} in place of each parameter
 * @param names the parameter at each {@code ?}, in order
 */
record NamedParameters(String sql, List<String> names) {

    NamedParameters {
        names = List.copyOf(names);
    }

    static NamedParameters of(String named) {
        StringBuilder sql = new StringBuilder(named.length());
        List<String> names = new ArrayList<>();
        int n = named.length();
        int i = 0;
        while (i < n) {
            char c = named.charAt(i);
            if (c == '\'' || c == '"') {
                // A quoted literal or name, to its closing quote; a doubled quote stays inside,
                // and in an E'...' literal so does a quote after a backslash.
                boolean escapes = c == '\'' && i > 0 && (named.charAt(i - 1) == 'E' || named.charAt(i - 1) == 'e');
                int j = i + 1;
                while (j < n) {
                    char d = named.charAt(j);
                    if (escapes && d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (d == c) {
                        if (j + 1 < n && named.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                if (j >= n) {
                    throw new IllegalArgumentException("unterminated quote at " + i);
                }
                sql.append(named, i, j + 1);
                i = j + 1;
            } else if (c == ':' && i + 1 < n && named.charAt(i + 1) == ':') {
                sql.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(named.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(named.charAt(j))) {
                    j++;
                }
                names.add(named.substring(i + 1, j));
                sql.append('?');
                i = j;
            } else {
                sql.append(c);
                i++;
            }
        }
        return new NamedParameters(sql.toString(), names);
    }

    /** Binds each place to its named value; every name must have one (null is a value). */
    void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            statement.setObject(k + 1, values.get(name));
        }
    }
}
