package org.jobclass;

import org.jobclass.system.StartUpTraining;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JobclassApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext application = SpringApplication.run(JobclassApplication.class, args);
        if (StartUpTraining.isAsked(application.getEnvironment())) {
            int status = StartUpTraining.exitStatus(application.getBean(StartUpTraining.class).serveTypicalRequests());
            System.exit(SpringApplication.exit(application, () -> status));
        }
    }
}
