package org.jobclass;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class JobclassApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobclassApplication.class, args);
    }
}
