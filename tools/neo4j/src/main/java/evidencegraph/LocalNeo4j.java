package evidencegraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The local Neo4j used by development, tests and CI on machines without Docker: a real Neo4j 5.26
 * Community, embedded, speaking Bolt on 127.0.0.1 only.
 *
 * Arguments: --home DIR --port N --password P --tx-timeout SECONDS --pagecache SIZE
 * (the Node side, src/db/local-neo4j/, always passes all of them). Prints one line
 * "READY bolt://127.0.0.1:PORT" on stdout when Bolt accepts connections, and shuts the
 * database down cleanly on SIGTERM/SIGINT.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        int port = 7687;
        String password = null;
        long txTimeoutSeconds = 60;
        String pagecache = "512m";
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) fail("missing value after " + args[i]);
            String value = args[i + 1];
            switch (args[i]) {
                case "--home" -> home = Path.of(value).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(value);
                case "--password" -> password = value;
                case "--tx-timeout" -> txTimeoutSeconds = Long.parseLong(value);
                case "--pagecache" -> pagecache = value;
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (home == null) fail("--home is required");
        if (password == null || password.length() < 8) fail("--password of at least 8 characters is required");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                // Loopback only: this instance is for the local machine, never the network.
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "local-neo4j-shutdown"));

        setPassword(dbms, password);
        GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        neo4j.executeTransactionally("RETURN 1");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets the neo4j user's password so the Bolt connector requires it, as a server would. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: that is fine.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
        }
    }

    private static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }

    private static void fail(String message) {
        System.err.println("local-neo4j: " + message);
        System.exit(2);
    }
}
