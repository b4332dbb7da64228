from deploy_mcp.server import main

main()
