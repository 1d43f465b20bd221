# Device types and their certificate policy (PKCS#12 profile, key type, mail attachment).
certdesk_core_library(policy
  DEPS store ca
  SOURCES
    policy/DeviceTypes.cpp
    policy/DeviceTypes.h
)
