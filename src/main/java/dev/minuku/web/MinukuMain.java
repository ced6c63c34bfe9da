package dev.minuku.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: starts building the detection engine on another
 * thread, then boots Quarkus. The engine (brand registry, lexicons, lookalike
 * tables: about half a second on a cold JVM) is then built on the second core
 * while Quarkus migrates the database and starts Hibernate, instead of after
 * them, and startup to ready is that much shorter (docs/performance.md).
 */
@QuarkusMain
public class MinukuMain {

    public static void main(String... args) {
        EngineProducer.startBuilding();
        Quarkus.run(args);
    }
}
