package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses read as people write them (RFC 5952), whatever form the server saw them in. */
class AddressesTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "0:0:0:0:0:0:0:1                  | ::1",
            "0:0:0:0:0:0:0:0                  | ::",
            "::ffff:10.1.2.3                  | 10.1.2.3",
            "0:0:0:0:0:ffff:a01:203           | 10.1.2.3",
            "2001:DB8:0:0:0:0:0:1             | 2001:db8::1",
            "2001:0db8:0000:0000:0001:0:0:1   | 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1             | 2001:db8:0:1:1:1:1:1",
            "1:0:0:0:0:0:0:0                  | 1::",
            "fe80:0:0:0:0:0:0:1%eth0          | fe80::1%eth0",
            "10.9.9.9                         | 10.9.9.9",
            "an unknown address               | an unknown address",
            "1:2:3                            | 1:2:3",
            "12345::1                         | 12345::1",
            "example.org                      | example.org"})
    void anAddressReadsAsPeopleWriteIt(String recorded, String shown) {
        assertThat(Addresses.readable(recorded)).isEqualTo(shown);
    }
}
