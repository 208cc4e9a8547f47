package jp.tomoni.testdb;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot test at a database from {@link TestDatabase}.
 *
 * <pre>{@code
 * static final TestDatabase.Fresh DB = TestDatabase.get().createDatabase("journal");
 *
 * @DynamicPropertySource
 * static void database(DynamicPropertyRegistry registry) {
 *     DatabaseTestSupport.register(registry, DB);
 * }
 * }</pre>
 */
public final class DatabaseTestSupport {

    private DatabaseTestSupport() {
    }

    /**
     * Sets {@code spring.r2dbc.url}, {@code spring.r2dbc.username}, {@code spring.r2dbc.password},
     * {@code spring.flyway.url}, {@code spring.flyway.user} and {@code spring.flyway.password} to {@code db}.
     *
     * @param registry the test's dynamic property registry
     * @param db       the database the application under test should use
     */
    public static void register(DynamicPropertyRegistry registry, TestDatabase.Fresh db) {
        registry.add("spring.r2dbc.url", db::r2dbcUrl);
        registry.add("spring.r2dbc.username", db::user);
        registry.add("spring.r2dbc.password", db::password);
        registry.add("spring.flyway.url", db::jdbcUrl);
        registry.add("spring.flyway.user", db::user);
        registry.add("spring.flyway.password", db::password);
    }
}
