package dev.minuku.reports.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster (bin/pg-cluster) that a test may stop and start
 * again, to see the service lose its database and get it back.
 */
public class PrivateCluster implements QuarkusTestResourceLifecycleManager {

    /** System properties through which the test finds the cluster (the resource and the test share the JVM). */
    public static final String DIR_PROPERTY = "minuku.test.cluster.dir";
    public static final String PORT_PROPERTY = "minuku.test.cluster.port";

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("minuku-pg-outage-");
            // As root the cluster runs as postgres, which must be able to enter the directory.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            System.setProperty(DIR_PROPERTY, dir.resolve("data").toString());
            System.setProperty(PORT_PROPERTY, Integer.toString(port));
            up();
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            return Map.of("quarkus.datasource.jdbc.url", url, "%test.quarkus.datasource.jdbc.url", url);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        down();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }

    public static void up() {
        run("start", System.getProperty(DIR_PROPERTY), System.getProperty(PORT_PROPERTY));
    }

    public static void down() {
        run("stop", System.getProperty(DIR_PROPERTY));
    }

    private static void run(String... args) {
        String[] command = Stream.concat(Stream.of("bin/pg-cluster"), Stream.of(args)).toArray(String[]::new);
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("bin/pg-cluster " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
