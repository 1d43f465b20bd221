# Every fuzz target: its name, then its sources in fuzz/. Included by fuzz/CMakeLists.txt (libFuzzer
# executables, preset `fuzz`) and by fuzz/replay/CMakeLists.txt (the normal build's tests
# fuzz_replay_csv_reader etc., which run the committed corpus fuzz/corpus/<NAME>/ through the same entry
# point); each of them defines certdesk_fuzz_target(NAME SOURCES...).
certdesk_fuzz_target(fuzz_ocsp_request fuzz_ocsp_request.cpp FuzzSupport.h)
certdesk_fuzz_target(fuzz_download_request fuzz_download_request.cpp FuzzSupport.h)
certdesk_fuzz_target(fuzz_csv_reader fuzz_csv_reader.cpp FuzzSupport.h)
certdesk_fuzz_target(fuzz_users_csv fuzz_users_csv.cpp FuzzSupport.h)
certdesk_fuzz_target(fuzz_bulk_issue_form fuzz_bulk_issue_form.cpp FuzzSupport.h FuzzDatabase.cpp FuzzDatabase.h)
certdesk_fuzz_target(fuzz_bulk_revoke fuzz_bulk_revoke.cpp FuzzSupport.h FuzzDatabase.cpp FuzzDatabase.h)
certdesk_fuzz_target(fuzz_ca_import fuzz_ca_import.cpp FuzzSupport.h)
