package org.jobclass;

import org.jobclass.accounts.AccountRole;
import org.jobclass.accounts.AccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The local run's demo editor, beside the demo admin that the "local" profile configures. */
@TestConfiguration(proxyBeanMethods = false)
class LocalDemoAccounts {

    @Bean
    ApplicationRunner demoEditor(AccountService accounts,
                                 @Value("${jobclass.demo.editor.username}") String username,
                                 @Value("${jobclass.demo.editor.password}") String password) {
        return args -> accounts.createIfAbsent(username, "Demo Editor", AccountRole.EDITOR, password);
    }
}
