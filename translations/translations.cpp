// Holds the embedded translation catalogues (:/i18n/certdesk_*.qm); see CMakeLists.txt.
