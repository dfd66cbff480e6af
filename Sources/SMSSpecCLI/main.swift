import SMSSpecCommands

SMSSpecCommand.main()
