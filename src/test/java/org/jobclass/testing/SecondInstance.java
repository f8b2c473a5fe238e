package org.jobclass.testing;

import org.jobclass.JobclassApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Another instance of the whole application, on its own port and the test run's database, as a second server would be. */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondInstance start(String... arguments) {
        TestDatabase.Connection database = TestDatabase.connection();
        String[] all = new String[arguments.length + 4];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=" + database.url();
        all[2] = "--spring.datasource.username=" + database.username();
        all[3] = "--spring.datasource.password=" + database.password();
        System.arraycopy(arguments, 0, all, 4, arguments.length);
        return new SecondInstance(new SpringApplicationBuilder(JobclassApplication.class).run(all));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
