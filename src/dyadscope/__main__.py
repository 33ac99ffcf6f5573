from dyadscope.cli import main

main()
