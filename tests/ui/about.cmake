# Help → About CertDesk (ui/about): versions, bundled libraries and their licence texts.
certdesk_add_gui_test(tst_AboutDialog SOURCES ui/tst_AboutDialog.cpp)
target_link_libraries(tst_AboutDialog PRIVATE certdesk_mainwindow)
