package org.jobclass.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points a test's application context at the test run's PostgreSQL server. */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    @Bean
    DynamicPropertyRegistrar testDatabaseProperties() {
        return registry -> {
            TestDatabase.Connection connection = TestDatabase.connection();
            registry.add("spring.datasource.url", connection::url);
            registry.add("spring.datasource.username", connection::username);
            registry.add("spring.datasource.password", connection::password);
        };
    }
}
