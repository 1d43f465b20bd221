# Operators: sign-in, the forced and the voluntary password change, the first administrator,
# Settings → Operators.
list(APPEND CERTDESK_UI_SOURCES
  operators/NewPasswordFields.h operators/NewPasswordFields.cpp
  operators/SignInForm.h operators/SignInForm.cpp
  operators/SignInDialog.h operators/SignInDialog.cpp
  operators/SignInFlow.h operators/SignInFlow.cpp
  operators/ChangePasswordDialog.h operators/ChangePasswordDialog.cpp
  operators/OperatorForm.h operators/OperatorForm.cpp
  operators/OperatorDialog.h operators/OperatorDialog.cpp
  operators/ResetPasswordDialog.h operators/ResetPasswordDialog.cpp
  operators/OperatorsPanel.h operators/OperatorsPanel.cpp
)
