import { runHttpGroup } from "../../helpers/group"

runHttpGroup("checkout")
